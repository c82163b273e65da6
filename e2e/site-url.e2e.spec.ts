import { expect, type APIRequestContext, test } from '@playwright/test'

import { startSecondServer } from './second-server'
import { e2eServer } from './server-env'

/** What prints absolute URLs: prerendered, revalidated and run-time routes, and pages with JSON-LD. */
const RESOURCES = [
  '/robots.txt',
  '/sitemap.xml',
  '/feed.xml',
  '/en/feed.xml',
  '/bao-chi/feed.xml',
  '/en/press/feed.xml',
  '/opensearch.xml',
  '/',
  '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
  '/en/procedures/dang-ky-khai-sinh',
  '/van-ban/24-2014-nd-cp',
  '/thu-tuc-hanh-chinh',
  '/tin-tuc',
  '/tim-kiem?q=khai+sinh',
]

/** Every origin on this machine a resource names (XML namespaces and schema.org are elsewhere). */
const localOrigins = (text: string) => new Set(text.match(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?/g) ?? [])

async function expectOneOrigin(request: APIRequestContext, base: string, origin: string) {
  for (const path of RESOURCES) {
    const response = await request.get(base + path)
    expect(response.status(), path).toBe(200)
    const text = await response.text()
    expect([...localOrigins(text)], path).toEqual([origin])
    if (!path.endsWith('.xml') && !path.endsWith('.txt')) {
      const canonical = text.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
      expect(canonical?.startsWith(origin), `${path}: canonical ${canonical}`).toBe(true)
      const ld = [...text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1])
      expect(ld.length, `${path}: JSON-LD`).toBeGreaterThan(0)
      for (const data of ld) expect([...localOrigins(data)], `${path}: JSON-LD`).toEqual([origin])
    }
  }
}

test('every absolute URL names SITE_URL', async ({ request }) => {
  await expectOneOrigin(request, e2eServer.url, e2eServer.url)
})

test.describe('started with another SITE_URL than the build', () => {
  let server: Awaited<ReturnType<typeof startSecondServer>> | undefined
  const url = `http://localhost:${Number(new URL(e2eServer.url).port) + 60}`

  test.beforeAll(async () => {
    // The same build and database, started at another address without rebuilding.
    server = await startSecondServer(Number(new URL(url).port))
  })

  test.afterAll(() => {
    server?.stop()
  })

  test('says so in one line at start, and keeps serving', () => {
    const warnings = server!
      .log()
      .split('\n')
      .filter((line) => line.includes('SITE_URL'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`SITE_URL is ${url} but this build was made with ${e2eServer.url}`)
    expect(warnings[0]).toContain(`rebuild with SITE_URL=${url}`)
  })

  test('signs in against the SITE_URL given at start, and prints the build’s everywhere, regenerated routes included', async ({
    request,
  }) => {
    // Payload's CSRF check: a cookie is honoured only from the origin given at start.
    const { email, password } = e2eServer.admin
    const headers = { origin: url }
    const login = await request.post(`${url}/api/users/login`, { data: { email, password }, headers })
    expect(login.status()).toBe(200)
    const me = await (await request.get(`${url}/api/users/me`, { headers })).json()
    expect(me.user?.email).toBe(email)

    // An edit made here expires the feeds, the sitemap and the news pages: this server renders them anew.
    const { docs } = await (await request.get(`${url}/api/news?limit=1&sort=-publishedAt`)).json()
    const news = docs[0]
    const marker = `Sửa để thử địa chỉ ${Date.now()}`
    expect((await request.patch(`${url}/api/news/${news.id}`, { data: { excerpt: marker }, headers })).status()).toBe(200)
    try {
      await expect.poll(async () => (await request.get(`${url}/feed.xml`)).text(), { timeout: 20_000 }).toContain(marker)
      await expectOneOrigin(request, url, e2eServer.url)
    } finally {
      await request.patch(`${url}/api/news/${news.id}`, { data: { excerpt: news.excerpt }, headers })
    }
  })
})
