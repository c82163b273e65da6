import { describe, expect, it } from 'vitest'

import { isSearch, refuseSearch } from '@/guards/searches'
import { LIMITS } from '@/guards/rateLimit'

const from = (address: string) => new Headers({ 'x-forwarded-for': address })

describe('searches per address', () => {
  it('are searches: the search page with a query in both languages, and /api/search', async () => {
    expect(isSearch(new URL('http://x/tim-kiem?q=a'))).toBe(true)
    expect(isSearch(new URL('http://x/en/search?q=a'))).toBe(true)
    expect(isSearch(new URL('http://x/api/search?q=a'))).toBe(true)
    expect(isSearch(new URL('http://x/tim-kiem'))).toBe(false)
    expect(isSearch(new URL('http://x/thu-tuc-hanh-chinh?q=a'))).toBe(false)
  })

  it(`let ${LIMITS.search.max} a minute through, then answer 429 with Retry-After, as a page or as JSON`, async () => {
    for (let i = 0; i < LIMITS.search.max; i++) expect(await refuseSearch(from('203.0.113.7'), 'page'), `search ${i + 1}`).toBeNull()
    const page = (await refuseSearch(from('203.0.113.7'), 'page'))!
    expect(page.status).toBe(429)
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await page.text()).toContain('Bạn đã tìm quá nhiều lần')
    const json = (await refuseSearch(from('203.0.113.7'), 'json'))!
    expect(json.status).toBe(429)
    // Another address is not held back.
    expect(await refuseSearch(from('203.0.113.8'), 'json')).toBeNull()
  })
})
