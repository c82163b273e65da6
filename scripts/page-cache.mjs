/**
 * Next's page and data cache for one instance (next.config.ts sets it as `cacheHandler` without
 * REDIS_URL): Next's own file-system cache (in this process, and on disk beside the build), unchanged
 * but for one rule: a 404 page is never kept. Next keeps the not-found page of a route that renders on
 * demand under the address asked for, so every made-up address (`/tin-tuc/<anything>`,
 * `/tin-tuc/chuyen-muc/x/trang/999999`) would add about 40 KB to the disk, as many as a client cares
 * to ask for. Such an address is rendered each time instead (tens of milliseconds, and behind nginx its
 * one-second copy), as scripts/cache-handler.mjs does for several instances.
 *
 * Next exports no way to extend its default handler, so this extends the class it uses itself
 * (an internal module of the pinned version: tests/unit/page-cache.spec.ts fails if it moves or changes).
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

/** A page that answers 404: what a made-up address renders. */
export const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404

export default class PageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return
    return super.set(key, data, ctx)
  }
}
