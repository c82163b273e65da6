/**
 * Next's page and data cache for one instance (next.config.ts sets it as `cacheHandler` without
 * REDIS_URL): Next's own file-system cache (in this process, and on disk beside the build), with rules
 * of its own:
 * - A 404 page, or a redirect (a list page past its last, asked for while the proxy's count was a few
 *   seconds old), is kept only where it replaces a page on disk (a news item withdrawn: its old copy, or
 *   the build's, must not come back after a restart, when Next no longer knows that its tags were
 *   expired). Next keeps the not-found page of a route that renders on
 *   demand under the address asked for, so every made-up address (`/tin-tuc/<anything>`) would add about
 *   40 KB to the disk, as many as a client cares to ask for. Such an address is rendered each time
 *   instead (tens of milliseconds, and behind nginx its one-second copy), as scripts/cache-handler.mjs
 *   does for several instances; Next's record of its lifetime is dropped with it.
 * - A data cache entry over 2 MB is not kept, as Next does with its own handler (it stops checking once
 *   a handler is set).
 * - What there is one of per combination of list filters (scripts/memory-only.mjs: page 1 of a
 *   combination without results, a list's reads under two filters or more) is kept in this process's
 *   memory only, in an LRU of its own (MEMORY_ONLY_BYTES): never on disk, and never pushing out the
 *   pages and reads that Next keeps in its own LRU. It is checked against the tags expired since it was
 *   made, as Next checks an entry it reads, so a publish drops it; a restart forgets it. Next's record
 *   of an entry's lifetime goes when the LRU evicts the entry.
 *
 * Next exports no way to extend its default handler, so this extends the class it uses itself (an
 * internal module of the pinned version: tests/unit/page-cache.spec.ts fails if it moves or changes).
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import sharedCacheControls from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js'
import tagsManifest from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import lruCache from 'next/dist/server/lib/lru-cache.js'

import { isMemoryOnly } from './memory-only.mjs'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache = fileSystemCache.default ?? fileSystemCache
const { SharedCacheControls } = sharedCacheControls
const { areTagsExpired } = tagsManifest
const { LRUCache } = lruCache

/** Next's limit on one data cache entry (incremental-cache/index.js). */
const MAX_DATA_ENTRY = 2 * 1024 * 1024
/** The memory kept for entries per combination of filters (at most Next's own cacheMaxMemorySize): a few hundred pages without results and their reads. */
const MEMORY_ONLY_BYTES = 32 * 1024 * 1024
/** What an entry costs beyond its content (its key's node in the LRU and Next's record of its lifetime), counted so that small reads are bounded too. */
const ENTRY_OVERHEAD = 256

/**
 * Drops Next's record of a key's lifetime (SharedCacheControls: one per key it has rendered, for as long
 * as the process lives), for an entry a handler does not keep or has evicted.
 */
export const forgetLifetime = (key) => SharedCacheControls.cacheControls.delete(key)

/** A page that answers 404: what a made-up address renders. */
export const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404
/** A page that answers 404 or redirects (a list page past its last: app/_components/lastPage.ts): nothing to keep for itself. */
const isNotAPage = (value) => isNotFoundPage(value) || (value?.kind === 'APP_PAGE' && value.status >= 300 && value.status < 400)

/** An entry's size in the LRU, counted as Next's memory cache counts it (memory-cache.external.js). */
function sizeOf({ value }, key) {
  const bytes = (buffer) => buffer?.length ?? 0
  const content =
    value.kind === 'APP_PAGE'
      ? value.html.length +
        bytes(value.rscData) +
        [...(value.segmentData ?? [])].reduce((sum, [path, data]) => sum + path.length + bytes(data), 0)
      : JSON.stringify(value).length
  return key.length + content + ENTRY_OVERHEAD
}

/** The cache tags an entry is checked against: a page's own (in its headers), or those a read is asked with. */
const tagsOf = (entry, ctx) =>
  entry.value.kind === 'FETCH'
    ? [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
    : String(entry.value.headers?.['x-next-cache-tags'] ?? '')
        .split(',')
        .filter(Boolean)

export default class PageCache extends FileSystemCache {
  /** The entries kept in memory only, shared by every instance of the handler in the process (as Next's own memory cache). */
  static memoryOnly

  constructor(ctx) {
    super(ctx)
    if (!PageCache.memoryOnly && ctx.maxMemoryCacheSize) {
      PageCache.memoryOnly = new LRUCache(Math.min(MEMORY_ONLY_BYTES, ctx.maxMemoryCacheSize), sizeOf, forgetLifetime)
    }
  }

  /** Whether a page is on disk under `key`: rendered since the build (scoped by route), or the build's own (Next's file-system-cache.js get). */
  onDisk(key) {
    const marker = key.indexOf('/$/')
    const paths = [`${key}.html`, ...(marker === -1 ? [] : [`${key.slice(marker + 2)}.html`])]
    return paths.some((file) => this.fs.existsSync(this.getFilePath(file, 'APP_PAGE')))
  }

  async get(key, ctx) {
    if (!isMemoryOnly(key, ctx?.kind === 'FETCH' ? ctx.tags : undefined)) return super.get(key, ctx)
    const entry = PageCache.memoryOnly?.get(key)
    if (!entry) return null
    const tags = tagsOf(entry, ctx)
    if (
      areTagsExpired(tags, entry.lastModified) ||
      (entry.value.kind === 'FETCH' && tags.some((tag) => this.revalidatedTags.includes(tag)))
    ) {
      PageCache.memoryOnly.remove(key)
      forgetLifetime(key)
      return null
    }
    return entry
  }

  async set(key, data, ctx) {
    if (ctx?.fetchCache && JSON.stringify(data).length > MAX_DATA_ENTRY) {
      console.warn(`Failed to set Next.js data cache for ${ctx.fetchUrl || key}, items over 2MB can not be cached`)
      return
    }
    if (isMemoryOnly(key, ctx?.fetchCache ? ctx.tags : undefined)) {
      const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl }
      // A 404 or a redirect is not kept, nor one larger than the LRU, nor an older copy left in its place.
      if (!data || isNotAPage(data) || !PageCache.memoryOnly?.set(key, entry)) {
        PageCache.memoryOnly?.remove(key)
        forgetLifetime(key)
      }
      return
    }
    if (isNotAPage(data) && !this.onDisk(key)) {
      forgetLifetime(key)
      return
    }
    return super.set(key, data, ctx)
  }
}
