/**
 * Next's page and data cache for one instance (next.config.ts sets it as `cacheHandler` without
 * REDIS_URL): Next's own file-system cache (in this process, and on disk beside the build), with two
 * rules of its own:
 * - A 404 page, or a redirect (a list page past its last, asked for while the proxy's count was a few
 *   seconds old), is kept only where it replaces a page on disk (a news item withdrawn: its old copy, or
 *   the build's, must not come back after a restart, when Next no longer knows that its tags were
 *   expired). Next keeps the not-found page of a route that renders on
 *   demand under the address asked for, so every made-up address (`/tin-tuc/<anything>`) would add about
 *   40 KB to the disk, as many as a client cares to ask for. Such an address is rendered each time
 *   instead (tens of milliseconds, and behind nginx its one-second copy), as scripts/cache-handler.mjs
 *   does for several instances.
 * - A data cache entry over 2 MB is not kept, as Next does with its own handler (it stops checking once
 *   a handler is set).
 * - Page 1 of a combination of list filters known to have no results (the proxy sends it to the page
 *   segment EMPTY_COMBINATION_PAGE of domain/listPage.ts) is kept in this process's memory only, in
 *   Next's LRU (cacheMaxMemorySize, shared with the other pages): there are as many such pages as
 *   products of the values offered. Next checks an entry in memory against the tags expired since it
 *   was made, as one read from disk, so a publish drops it; a restart forgets it.
 *
 * Next exports no way to extend its default handler, so this extends the class it uses itself (an
 * internal module of the pinned version: tests/unit/page-cache.spec.ts fails if it moves or changes).
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

/** Next's limit on one data cache entry (incremental-cache/index.js). */
const MAX_DATA_ENTRY = 2 * 1024 * 1024

/** A page that answers 404: what a made-up address renders. */
export const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404
/** A page that answers 404 or redirects (a list page past its last: app/_components/lastPage.ts): nothing to keep for itself. */
const isNotAPage = (value) => isNotFoundPage(value) || (value?.kind === 'APP_PAGE' && value.status >= 300 && value.status < 400)

/** A key (Next's route-scoped `/route-cache/…/$/vi/danh-sach-tinh/<list>/0/…`, or a plain path) of page 1 of a combination known to be empty. */
const MEMORY_ONLY = /\/danh-sach-tinh\/[^/]+\/0(?:\/|$)/
export const isMemoryOnlyPage = (key) => MEMORY_ONLY.test(key)

export default class PageCache extends FileSystemCache {
  /** Whether a page is on disk under `key`: rendered since the build (scoped by route), or the build's own (Next's file-system-cache.js get). */
  onDisk(key) {
    const marker = key.indexOf('/$/')
    const paths = [`${key}.html`, ...(marker === -1 ? [] : [`${key.slice(marker + 2)}.html`])]
    return paths.some((file) => this.fs.existsSync(this.getFilePath(file, 'APP_PAGE')))
  }

  async set(key, data, ctx) {
    if (isMemoryOnlyPage(key)) {
      // As Next's own set does in memory; a 404 or a redirect is not kept at all.
      if (data?.kind === 'APP_PAGE' && !isNotAPage(data)) {
        FileSystemCache.memoryCache?.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
      }
      return
    }
    if (isNotAPage(data) && !this.onDisk(key)) return
    if (ctx?.fetchCache && JSON.stringify(data).length > MAX_DATA_ENTRY) {
      console.warn(`Failed to set Next.js data cache for ${ctx.fetchUrl || key}, items over 2MB can not be cached`)
      return
    }
    return super.set(key, data, ctx)
  }
}
