import { describe, expect, it } from 'vitest'

import { formPageRule, pagePathMatcher, POST_RULES, refusePost } from '@/guards/posts'

const post = (headers: Record<string, string>) => new Headers({ host: 'cong.example.gov.vn', 'content-length': '100', ...headers })

describe('the post guard shared by the proxy, route handlers and JSON endpoints', () => {
  it('refuses a declared size over the rule, or no declared size, with 413', async () => {
    expect((await refusePost(post({ 'content-length': String(4 * 1024 + 1) }), POST_RULES.display))?.status).toBe(413)
    expect((await refusePost(new Headers({ host: 'cong.example.gov.vn' }), POST_RULES.display))?.status).toBe(413)
    expect(await refusePost(post({}), POST_RULES.display)).toBeNull()
  })

  it('refuses a post from another site with 403 where the rule asks for the same site, never for the JSON API', async () => {
    const foreign = post({ origin: 'https://evil.example' })
    expect((await refusePost(foreign, POST_RULES.display))?.status).toBe(403)
    expect(await refusePost(foreign, POST_RULES.feedbackApi, 'json')).toBeNull()
    expect(await refusePost(post({ origin: 'https://cong.example.gov.vn' }), POST_RULES.display)).toBeNull()
  })

  it('answers a page to forms and JSON to the API', async () => {
    const page = (await refusePost(post({ 'content-length': '999999' }), POST_RULES.useful))!
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const json = (await refusePost(post({ 'content-length': '999999' }), POST_RULES.feedbackApi, 'json'))!
    expect(await json.json()).toEqual({ errors: [{ message: expect.stringMatching(/at most 65536 bytes/) }] })
  })

  it('counts "take" rules and only peeks at "peek" ones, answering 429 with Retry-After', async () => {
    const from = post({ 'x-forwarded-for': '203.0.113.77' })
    for (let i = 0; i < 30; i++) expect(await refusePost(from, POST_RULES.useful)).toBeNull()
    const refused = (await refusePost(from, POST_RULES.useful))!
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const peeker = post({ 'x-forwarded-for': '203.0.113.78' })
    for (let i = 0; i < 10; i++) expect(await refusePost(peeker, POST_RULES.feedbackForm)).toBeNull()
  })

  it('knows the form pages in both languages from the routing table', async () => {
    expect(formPageRule('/phan-anh-kien-nghi')).toBe(POST_RULES.feedbackForm)
    expect(formPageRule('/en/feedback/track')).toBe(POST_RULES.trackingForm)
    expect(formPageRule('/tin-tuc')).toBe(POST_RULES.otherForm)
  })

  it('matches the localized paths of slug pages, derived from the routing table', async () => {
    const rated = pagePathMatcher(['/thu-tuc-hanh-chinh/[slug]', '/dich-vu-cong-truc-tuyen/[slug]'])
    for (const path of [
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      '/en/procedures/dang-ky-khai-sinh',
      '/dich-vu-cong-truc-tuyen/nop-ho-so',
      '/en/online-services/nop-ho-so',
    ])
      expect(rated(path), path).toBe(true)
    for (const path of [
      '/thu-tuc-hanh-chinh',
      '/en/thu-tuc-hanh-chinh/x',
      '/procedures/x',
      '/thu-tuc-hanh-chinh/x/y',
      '/thu-tuc-hanh-chinh/X',
      '//evil.example/x',
    ])
      expect(rated(path), path).toBe(false)
  })
})
