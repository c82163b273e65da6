import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { hasRedis, startRedis } from '@/scripts/cluster.mjs'
import { MEMORY_ONLY_TAG } from '@/scripts/memory-only.mjs'
import { logger } from '@/scripts/log.mjs'

/**
 * The shared page cache (scripts/cache-handler.mjs) on a real redis-server: expiring a tag removes the
 * entries that carry it, and only those, without scanning every entry (the library's way, whose cost
 * grows with the site); a path's expiry still hides the pages of that path.
 */
let redis: Awaited<ReturnType<typeof startRedis>>
let client: NonNullable<ReturnType<typeof import('@/scripts/redis.mjs').redisClient>>
let handler: ReturnType<typeof import('@/scripts/cache-handler.mjs').sharedHandler>

const entry = (tags: string[], data: string) => {
  const now = Math.floor(Date.now() / 1000)
  return {
    value: { kind: 'FETCH', data: { body: data, headers: {}, status: 200, url: '' }, revalidate: 3600 },
    tags,
    lastModified: Date.now() - 1000,
    lifespan: { lastModifiedAt: now, staleAt: now + 3600, expireAt: now + 5400, staleAge: 3600, expireAge: 5400, revalidate: 3600 },
  }
}
const read = async (key: string, implicitTags: string[] = []) =>
  ((await handler.get(key, { implicitTags } as never)) as { value: { data: { body: string } } } | null)?.value.data.body ?? null

/** How many times Redis ran `command` since the last reset. */
async function calls(command: string) {
  const stats = await client.info('commandstats')
  return Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0)
}

describe.skipIf(!hasRedis())('the shared page cache (needs redis-server)', () => {
  beforeAll(async () => {
    redis = await startRedis(6100 + (process.pid % 400))
    process.env.REDIS_URL = redis.url
    process.env.REDIS_PREFIX = 'cchc-test:'
    vi.spyOn(logger(), 'info').mockImplementation(() => {})
    vi.spyOn(logger(), 'error').mockImplementation(() => {})
    const shared = await import('@/scripts/redis.mjs')
    client = shared.redisClient()!
    await vi.waitFor(() => expect(shared.redisReady()).toBe(true), { timeout: 5_000 })
    handler = (await import('@/scripts/cache-handler.mjs')).sharedHandler(client, 'test-build')
  })

  afterAll(async () => {
    await redis?.stop()
    delete process.env.REDIS_URL
    // The client says once that Redis is gone: expected here, kept rather than printed.
    await vi.waitFor(() => expect(vi.mocked(logger().error).mock.calls.flat().join('\n')).toMatch(/redis: unreachable/))
    vi.restoreAllMocks()
  })

  it('expires the entries of a tag, and only those, reading no other entry', async () => {
    await handler.set('news-list', entry(['news'], 'a list of news'), {} as never)
    await handler.set('procedure', entry(['procedures', 'procedures:cap-phep'], 'a procedure'), {} as never)
    await handler.set('home', entry(['news', 'site-settings'], 'the home page'), {} as never)
    expect(await read('news-list')).toBe('a list of news')

    await client.configResetStat()
    await handler.revalidateTag('news')
    expect(await calls('hscan'), 'no scan of every entry').toBe(0)
    expect(await read('news-list')).toBeNull()
    expect(await read('home')).toBeNull()
    expect(await read('procedure')).toBe('a procedure')
    // The set of a tag ends with its entries.
    expect(await client.ttl('cchc-test:next:test-build:__tag__:procedures')).toBeGreaterThan(0)
    expect(await client.exists('cchc-test:next:test-build:__tag__:news')).toBe(0)

    // Rendered again after the expiry: kept, and expired again by the next one.
    await handler.set('news-list', entry(['news'], 'the new list'), {} as never)
    expect(await read('news-list')).toBe('the new list')
    await handler.revalidateTag('news')
    expect(await read('news-list')).toBeNull()
  })

  it('hides the pages of a path whose expiry was asked (revalidatePath), as the library does', async () => {
    await handler.set('page', entry(['procedures'], 'a page'), {} as never)
    expect(await read('page', ['_N_T_/thu-tuc-hanh-chinh'])).toBe('a page')
    await handler.revalidateTag('_N_T_/thu-tuc-hanh-chinh')
    expect(await read('page', ['_N_T_/thu-tuc-hanh-chinh'])).toBeNull()
  })

  it('never shares what there is one of per combination of filters: page 1 without results, reads under two filters', async () => {
    const empty = '/route-cache/app-page/abc/$/vi/danh-sach-tinh/van-ban/0/type~eA/year~eQ'
    const withResults = '/route-cache/app-page/abc/$/vi/danh-sach-tinh/van-ban/1/type~eA/year~eQ'
    await handler.set(empty, entry(['legal-documents'], 'no results'), {} as never)
    await handler.set(withResults, entry(['legal-documents'], 'results'), {} as never)
    await handler.set('combination-read', entry(['legal-documents', MEMORY_ONLY_TAG], 'a count'), {} as never)
    expect(await read(empty)).toBeNull()
    expect(await read('combination-read')).toBeNull()
    expect(await read(withResults)).toBe('results')
    expect(await client.keys('*danh-sach-tinh/van-ban/0/*')).toEqual([])
    expect(await client.keys('*combination-read*')).toEqual([])
    // A combination's page with results is shared, though it carries the tags of the reads it made.
    const page = '/route-cache/app-page/abc/$/vi/danh-sach-tinh/van-ban/2/type~eA/year~eQ'
    const tags = ['legal-documents', MEMORY_ONLY_TAG]
    const html = '<p>page 2</p>'
    const rendered = { kind: 'APP_PAGE', html, rscData: Buffer.from('0:{}'), headers: { 'x-next-cache-tags': tags.join(',') }, status: 200 }
    await handler.set(page, { ...entry(tags, ''), value: rendered }, {} as never)
    expect(((await handler.get(page, { implicitTags: [] } as never)) as { value: { html: string } } | null)?.value.html).toBe(html)
  })
})
