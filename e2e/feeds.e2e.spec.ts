import { expect, type Page, test } from '@playwright/test'

import { adminToken, auth } from './api'

/** Parses XML in the browser; returns the parser's error, or null. */
const xmlError = (page: Page, xml: string) =>
  page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml)

test('sitemap.xml lists published pages in both languages, and no drafts', async ({ page, request }) => {
  const token = await adminToken(request)
  const draft = await request.post('/api/news?draft=true', {
    headers: auth(token),
    data: { title: `Tin nháp không vào sơ đồ ${Date.now()}`, kind: 'news', _status: 'draft' },
  })
  const { id, slug } = (await draft.json()).doc
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  expect(await xmlError(page, xml)).toBeNull()
  expect(xml).toContain('/thu-tuc-hanh-chinh/dang-ky-khai-sinh</loc>')
  expect(xml).toContain('/en/procedures/dang-ky-khai-sinh')
  expect(xml).toContain('/van-ban/24-2014-nd-cp</loc>')
  expect(xml).not.toContain(slug)
  await request.delete(`/api/news/${id}`, { headers: auth(token) })
})

test('robots.txt points to the sitemap and keeps crawlers out of the admin', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap.xml/)
  expect(text).toContain('Disallow: /admin')
})

for (const [path, kind] of [
  ['/feed.xml', null],
  ['/bao-chi/feed.xml', 'press-release'],
] as const) {
  test(`${path} is valid RSS 2.0 of published news`, async ({ page, request }) => {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const xml = await response.text()
    expect(await xmlError(page, xml)).toBeNull()
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return [...doc.querySelectorAll('item')].map((item) => item.querySelector('link')?.textContent ?? '')
    }, xml)
    expect(items.length).toBeGreaterThan(0)
    for (const link of items.slice(0, 3)) expect((await request.get(link)).status()).toBe(200)
    if (kind) {
      const api = await (await request.get(`/api/news?where[kind][equals]=${kind}&limit=100`)).json()
      expect(items.length).toBe(api.totalDocs)
    }
  })
}

for (const [path, type] of [
  ['/', 'GovernmentOrganization'],
  ['/en', 'WebSite'],
  ['/thu-tuc-hanh-chinh/dang-ky-khai-sinh', 'GovernmentService'],
  ['/van-ban/42-2022-nd-cp', 'Legislation'],
  ['/tin-tuc', null],
] as const) {
  test(`JSON-LD on ${path} parses`, async ({ page }) => {
    await page.goto(path)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const parsed = blocks.map((block) => JSON.parse(block))
    if (type) expect(parsed.map((data) => data['@type'])).toContain(type)
  })
}

test('a news page has Open Graph and JSON-LD of an article', async ({ page, request }) => {
  const [item] = (await (await request.get('/api/news?limit=1&sort=-publishedAt')).json()).docs
  await page.goto(`/tin-tuc/${item.slug}`)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`/tin-tuc/${item.slug}$`))
  const [data] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((block) => JSON.parse(block))
  expect(data).toMatchObject({ '@type': 'NewsArticle', headline: item.title })
})

test('opensearch.xml describes the portal search, and every page links it', async ({ page, request }) => {
  const response = await request.get('/opensearch.xml')
  expect(response.headers()['content-type']).toContain('application/opensearchdescription+xml')
  const xml = await response.text()
  await page.goto('/van-ban')
  expect(await xmlError(page, xml)).toBeNull()
  expect(xml).toContain('/tim-kiem?q={searchTerms}')
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml')
})
