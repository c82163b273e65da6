import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { getRouteCacheKey } from 'next/dist/server/lib/route-cache-key'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { EMPTY_COMBINATION_PAGE, filterSegment, STATIC_LIST_SEGMENT } from '@/domain/listPage'
import { combinationTags } from '@/lib/queries/cached'
import { isMemoryOnly, MEMORY_ONLY_TAG } from '@/scripts/memory-only.mjs'
import PageCache from '@/scripts/page-cache.mjs'

/** A rendered page as Next hands it to its cache, with its cache tags. */
const page = (status: number, tags = '') => ({
  kind: 'APP_PAGE',
  html: `<html><body>${status}</body></html>`,
  rscData: Buffer.from('0:{}'),
  headers: tags ? { 'x-next-cache-tags': tags } : {},
  postponed: undefined,
  status,
  segmentData: undefined,
})
const context = { cacheControl: { revalidate: 600, expire: 31_536_000 }, isRoutePPREnabled: false, isFallback: false } as never
const read = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as never

/** Next's record of each rendered key's lifetime (kept for as long as the process lives). */
const lifetimes = (SharedCacheControls as unknown as { cacheControls: Map<string, unknown> }).cacheControls

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Files under a directory, relative to it. */
const files = (dir: string): string[] => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : [])

/**
 * A publish that expires `tag`, between a render and a read a few milliseconds apart, as on a server:
 * Next compares the expiry with the entry's time (Date.now) and with its own clock
 * (performance.timeOrigin + performance.now()), which may lag Date.now by a fraction of a millisecond.
 */
async function publish(cache: PageCache, tag: string) {
  await new Promise((resolve) => setTimeout(resolve, 5))
  await cache.revalidateTag(tag, { expire: 0 })
  await new Promise((resolve) => setTimeout(resolve, 5))
}

/** A page cache in a throw-away folder, as Next makes it (10 MB in memory unless said). */
function newCache(maxMemoryCacheSize = 10 * 1024 * 1024) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-page-cache-'))
  dirs.push(dir)
  const cache = new PageCache({
    fs: nodeFs,
    flushToDisk: true,
    serverDistDir: path.join(dir, 'server'),
    maxMemoryCacheSize,
    revalidatedTags: [],
    _requestHeaders: {},
  })
  return { dir, cache }
}

describe('the single-instance page cache (scripts/page-cache.mjs)', () => {
  it('keeps a page on disk and in memory, as Next does, and a 404 or a redirect only where it replaces a page on disk', async () => {
    const { dir, cache } = newCache()
    const big = { kind: 'FETCH', data: { headers: {}, body: 'x'.repeat(3 * 1024 * 1024), status: 200 }, revalidate: 600 }
    const small = { ...big, data: { ...big.data, body: 'x' } }
    await cache.set('small-read', small as never, { fetchCache: true, tags: [] } as never)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await cache.set('big-read', big as never, { fetchCache: true, tags: [] } as never)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('items over 2MB can not be cached'))
    warn.mockRestore()
    // A data cache entry over 2 MB is not kept, as Next does with its own handler.
    expect(files(path.join(dir, 'cache', 'fetch-cache'))).toEqual(['small-read'])

    await cache.set('/vi/tin-tuc/co-that', page(200) as never, context)
    expect(files(path.join(dir, 'server', 'app'))).toEqual(expect.arrayContaining([path.join('vi', 'tin-tuc', 'co-that.html')]))
    expect((await cache.get('/vi/tin-tuc/co-that', read))?.value).toMatchObject({ kind: 'APP_PAGE', status: 200 })

    // A made-up address: nothing written, nothing kept (it renders again next time).
    await cache.set('/vi/tin-tuc/khong-co', page(404) as never, context)
    expect(files(path.join(dir, 'server', 'app')).filter((file) => file.includes('khong-co'))).toEqual([])
    expect(await cache.get('/vi/tin-tuc/khong-co', read)).toBeNull()

    // A redirect (a list page past its last) is not kept for itself either.
    await cache.set('/vi/danh-sach-tinh/tin-tuc/9999', page(307) as never, context)
    expect(files(path.join(dir, 'server', 'app')).filter((file) => file.includes('9999'))).toEqual([])

    // A page withdrawn: its tag expired (the render that follows finds no fresh copy), and its 404
    // replaces the copy on disk, so that a new process (a restart, which forgets expired tags) serves the 404.
    await cache.set('/vi/tin-tuc/rut-lai', page(200, 'news') as never, context)
    await cache.revalidateTag('news', { expire: 0 })
    expect(await cache.get('/vi/tin-tuc/rut-lai', read)).toBeNull()
    await cache.set('/vi/tin-tuc/rut-lai', page(404) as never, context)
    expect(fs.readFileSync(path.join(dir, 'server', 'app', 'vi', 'tin-tuc', 'rut-lai.html'), 'utf8')).toContain('404')
  })

  it('keeps page 1 of a combination known to be empty in memory only, until a publish expires its tags', async () => {
    const { dir, cache } = newCache()
    // As the proxy writes it (guards/staticLists.ts), under Next's route-scoped key and as a plain path.
    const route = `${STATIC_LIST_SEGMENT}/thu-tuc-hanh-chinh/${EMPTY_COMBINATION_PAGE}/${filterSegment(['field', 'Hộ tịch'])}/${filterSegment(['agency', 'UBND'])}`
    const owner = { kind: 'APP_PAGE', sourceRoute: '/(site)/[locale]/danh-sach-tinh/[list]/[page]/[...filters]/page' }
    const keys = [getRouteCacheKey(`/vi/${route}`, owner as never), `/en/${route}`]
    for (const key of keys) {
      expect(isMemoryOnly(key, []), key).toBe(true)
      await cache.set(key, page(200, 'procedures') as never, context)
      expect((await cache.get(key, read))?.value, key).toMatchObject({ kind: 'APP_PAGE', status: 200 })
    }
    expect(files(path.join(dir, 'server')), 'nothing of it on disk').toEqual([])

    // A 404 or a redirect in its place (a value withdrawn meanwhile) is not kept, nor the older copy.
    await cache.set(keys[1], page(404) as never, context)
    expect(await cache.get(keys[1], read)).toBeNull()

    // Other pages of the static route are kept on disk as before.
    for (const key of [`/vi/${STATIC_LIST_SEGMENT}/tin-tuc/10`, `/vi/${STATIC_LIST_SEGMENT}/thu-tuc-hanh-chinh/1/level~cA/field~MA`])
      expect(isMemoryOnly(key, ['procedures']), key).toBe(false)

    await publish(cache, 'procedures')
    expect(await cache.get(keys[0], read)).toBeNull()
  })

  it("keeps a list's reads under two filters or more in memory only, until a publish expires their tags", async () => {
    const { dir, cache } = newCache()
    const tags = ['procedures', ...combinationTags({ field: 'Hộ tịch', level: '', agency: 'UBND' })]
    expect(tags).toContain(MEMORY_ONLY_TAG)
    // One filter, or two of which one is empty (a form's unchosen select), is bounded by the values offered: kept on disk.
    expect(combinationTags({ field: 'Hộ tịch', level: '' })).toEqual([])
    const reading = { kind: 'FETCH', data: { headers: {}, body: '{"total":0}', status: 200, url: '' }, revalidate: 31_536_000 }
    await cache.set('combination-read', reading as never, { fetchCache: true, tags } as never)
    await cache.set('one-filter-read', reading as never, { fetchCache: true, tags: ['procedures'] } as never)
    expect(files(path.join(dir, 'cache', 'fetch-cache'))).toEqual(['one-filter-read'])
    const fetchRead = { kind: 'FETCH', tags, softTags: [] } as never
    expect((await cache.get('combination-read', fetchRead))?.value).toMatchObject({ kind: 'FETCH', data: { body: '{"total":0}' } })

    // A combination's page with results carries the tags of its reads: it is kept on disk as before.
    const withResults = `/vi/${STATIC_LIST_SEGMENT}/thu-tuc-hanh-chinh/2/field~MA/level~cA`
    await cache.set(withResults, page(200, tags.join(',')) as never, { ...(context as object), tags } as never)
    expect(files(path.join(dir, 'server', 'app')).some((file) => file.endsWith('level~cA.html'))).toBe(true)

    await publish(cache, 'procedures')
    expect(await cache.get('combination-read', fetchRead)).toBeNull()
  })

  it("bounds what it keeps in memory only, apart from the pages Next keeps in its own memory, and drops Next's record of what it evicts", async () => {
    const previous = PageCache.memoryOnly
    PageCache.memoryOnly = undefined
    try {
      const { cache } = newCache(64 * 1024)
      const hot = '/vi/tin-tuc/trang-chu-nong'
      await cache.set(hot, page(200, 'news') as never, context)
      const big = { ...page(200, 'procedures'), html: `<html>${'x'.repeat(10 * 1024)}</html>` }
      const keys = Array.from({ length: 20 }, (_, i) => `/vi/${STATIC_LIST_SEGMENT}/van-ban/${EMPTY_COMBINATION_PAGE}/type~${i}/year~eQ`)
      for (const key of keys) {
        lifetimes.set(key, { revalidate: 600, expire: 31_536_000 })
        await cache.set(key, big as never, context)
      }
      // 64 KB hold a few: the first are gone, with Next's record of their lifetime; the last are there.
      expect(await cache.get(keys[0], read)).toBeNull()
      expect(lifetimes.has(keys[0])).toBe(false)
      expect(await cache.get(keys[19], read)).not.toBeNull()
      expect(lifetimes.has(keys[19])).toBe(true)
      // Next's own memory still holds the page set before them.
      expect((PageCache as unknown as { memoryCache: Map<string, unknown> }).memoryCache.has(hot)).toBe(true)

      // One larger than the whole LRU: not kept, nor an older copy, nor Next's record.
      lifetimes.set(keys[19], { revalidate: 600, expire: 31_536_000 })
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      await cache.set(keys[19], { ...big, html: 'x'.repeat(80 * 1024) } as never, context)
      warn.mockRestore()
      expect(await cache.get(keys[19], read)).toBeNull()
      expect(lifetimes.has(keys[19])).toBe(false)

      // A made-up address: its 404 is not kept, nor Next's record of its lifetime.
      lifetimes.set('/vi/tin-tuc/khong-co-dau', { revalidate: 600, expire: 31_536_000 })
      await cache.set('/vi/tin-tuc/khong-co-dau', page(404) as never, context)
      expect(lifetimes.has('/vi/tin-tuc/khong-co-dau')).toBe(false)
    } finally {
      PageCache.memoryOnly = previous
    }
  })
})
