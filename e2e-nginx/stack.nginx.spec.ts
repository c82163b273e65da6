import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'

import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { agencyId, auth, newProcedure, uniqueCode } from '../e2e/api'
import { checkProductionConfig, PRODUCTION_HOST, startProduction } from '../scripts/nginx.mjs'
import { nginxServer } from './server-env'

// One server, shared content and nginx's per-address limits: in order.
test.describe.configure({ mode: 'serial' })

let token: string | undefined
/** One REST sign-in for the whole file (sign-ins are limited per address at the edge). */
async function adminToken(request: APIRequestContext) {
  if (token) return token
  const response = await request.post('/api/users/login', { data: nginxServer.admin })
  expect(response.status(), await response.text()).toBe(200)
  return (token = (await response.json()).token as string)
}

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(nginxServer.admin.email)
  await page.getByLabel('Mật khẩu').fill(nginxServer.admin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** A reader of its own (no cookies shared with the test's page), optionally with the reading-settings cookie. */
async function reader(browser: Browser, display?: string) {
  const context = await browser.newContext({ javaScriptEnabled: false })
  if (display) await context.addCookies([{ name: 'display', value: display, url: nginxServer.url }])
  return context
}

const cacheStatus = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  (await request.get(path, { headers })).headers()['x-cache']

/**
 * Answered from a kept copy: HIT, or, once the copy's second is over (pages keep it to the end of the
 * second they were made in), the stale copy while one request refreshes it. A copy kept under another
 * key would be a MISS.
 */
const FROM_CACHE = /^(HIT|STALE|UPDATING)$/

/** One GET to 127.0.0.1:port with a chosen host name (and SNI over TLS, self-signed accepted). */
const get = (port: number, host: string, urlPath: string, tls: boolean) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path: urlPath, headers: { host }, servername: host, rejectUnauthorized: false }
    const request = (tls ? https : http).get(options, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }))
    })
    request.on('error', reject)
  })

test('the production file set passes nginx -t, redirects to HTTPS and serves the site over TLS only for its name', async () => {
  const { status, output } = checkProductionConfig()
  expect(status, output).toBe(0)
  // The same files with ports 80 and 443 moved to loopback, in front of the suite's app.
  const httpPort = Number(new URL(nginxServer.url).port) + 10
  const httpsPort = httpPort + 1
  const nginx = await startProduction({
    httpPort,
    httpsPort,
    appPort: Number(new URL(nginxServer.appUrl).port),
    staticDir: path.join(nginxServer.env.NEXT_DIST_DIR, 'static'),
  })
  try {
    const redirect = await get(httpPort, PRODUCTION_HOST, '/thu-tuc-hanh-chinh?trang=2', false)
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe(`https://${PRODUCTION_HOST}/thu-tuc-hanh-chinh?trang=2`)
    const home = await get(httpsPort, PRODUCTION_HOST, '/', true)
    expect(home.status).toBe(200)
    expect(home.headers['x-cache']).toMatch(/MISS|HIT|STALE|UPDATING/)
    // The site's access log: the path without its query string, with nginx's request id.
    expect((await get(httpsPort, PRODUCTION_HOST, '/tim-kiem?q=0912345678', true)).status).toBe(200)
    await expect
      .poll(() =>
        fs.existsSync(path.join(nginx.dir, 'site-access.log')) ? fs.readFileSync(path.join(nginx.dir, 'site-access.log'), 'utf8') : '',
      )
      .toMatch(/"GET \/tim-kiem HTTP\/[\d.]+" 200 .* [0-9a-f]{32} "/)
    expect(fs.readFileSync(path.join(nginx.dir, 'site-access.log'), 'utf8')).not.toContain('0912345678')
    // Another name: no certificate over TLS, a closed connection over HTTP.
    await expect(get(httpsPort, 'other.example', '/', true)).rejects.toThrow()
    await expect(get(httpPort, 'other.example', '/', false)).rejects.toThrow()
  } finally {
    await nginx.stop()
    fs.rmSync(nginx.dir, { recursive: true, force: true })
  }
})

test('public pages in both languages come through the micro-cache, compressed, with the app headers once', async ({ page, request }) => {
  for (const [path, heading] of [
    ['/thu-tuc-hanh-chinh', 'Thủ tục hành chính'],
    ['/en/procedures', 'Administrative procedures'],
  ]) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
  }
  // Prerendered pages (the lists, rendered per request, are checked below).
  for (const path of ['/', '/en', '/gioi-thieu', '/en/procedures/dang-ky-khai-sinh']) {
    // Repeated requests are answered by nginx (once the app has a fresh copy: its stale one is not kept).
    await expect.poll(() => cacheStatus(request, path), { message: path, timeout: 20_000 }).toBe('HIT')
  }
  // What the app marks private is never kept (the settings page, a search), except the public lists (below).
  for (const path of ['/hien-thi', `/tim-kiem?q=nginx-${Date.now()}`])
    expect([await cacheStatus(request, path), await cacheStatus(request, path)]).toEqual(['MISS', 'MISS'])
  const home = await request.get('/', { headers: { 'accept-encoding': 'br' } })
  expect(home.headers()['content-encoding']).toBe('br')
  const gzip = await request.get('/', { headers: { 'accept-encoding': 'gzip' } })
  expect(gzip.headers()['content-encoding']).toBe('gzip')
  // The app's security headers pass through, once.
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(home.headers()['content-security-policy']).toContain("script-src 'none'")
  // The app's word on how long nginx keeps the page stays between them.
  expect(home.headers()['x-accel-expires']).toBeUndefined()
  expect(home.headers()['x-content-type-options']).toBe('nosniff')
  expect(home.headers().server).toBe('nginx')

  // Build assets from disk, cached for a year.
  const html = await home.text()
  const asset = html.match(/\/_next\/static\/[^"']+\.(?:js|css)/)?.[0]
  expect(asset).toBeTruthy()
  const file = await request.get(asset!)
  expect(file.status()).toBe(200)
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(file.headers()['x-cache']).toBeUndefined()
})

test('a form post without JavaScript goes through to the app', async ({ browser }) => {
  const context = await reader(browser)
  const page = await context.newPage()
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
  await page.getByLabel('Góp ý thêm để trang tốt hơn (không bắt buộc)').fill('Qua nginx: trang rõ ràng.')
  await page.getByRole('button', { name: 'Có', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh#useful-thanks$/)
  await expect(page.getByText('Cảm ơn bạn đã góp ý.')).toBeVisible()
  await context.close()
})

test('bodies are limited per location: small for pages, the media limit for uploads', async ({ request }) => {
  const token = await adminToken(request)
  const big = await request.post('/thu-tuc-hanh-chinh', { multipart: { message: 'x'.repeat(300_000) } })
  expect(big.status()).toBe(413)
  // A 5 MB photograph (noise does not compress): over the API's 4 MB, within the media limit.
  const size = 1300
  const noise = randomBytes(size * size * 3)
  const png = await sharp(noise, { raw: { width: size, height: size, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
  expect(png.length).toBeGreaterThan(4 * 1024 * 1024)
  const uploaded = await request.post('/api/media', {
    headers: auth(token),
    multipart: {
      file: { name: 'anh-qua-nginx.png', mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'Ảnh thử qua nginx' }),
    },
  })
  expect(uploaded.status(), await uploaded.text()).toBe(201)
  const { doc } = await uploaded.json()
  const served = await request.get(doc.url)
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('image/png')
  expect((await served.body()).length).toBe(png.length)
  await request.delete(`/api/media/${doc.id}`, { headers: auth(token) })
})

test('an editor signs in to the admin through nginx and previews a draft; readers never see it, nor the editor a cached copy', async ({
  page,
  browser,
  request,
}) => {
  const token = await adminToken(request)
  const code = uniqueCode()
  const created = await request.post('/api/procedures', {
    headers: auth(token),
    data: { ...newProcedure(code, `Bản công khai ${code}`, await agencyId(request)), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { id, slug } = (await created.json()).doc
  const path = `/thu-tuc-hanh-chinh/${slug}`
  const title = async (target: Page) => {
    await target.goto(path)
    return target.getByRole('heading', { level: 1 }).textContent()
  }

  // A reader caches the public page; then the editor saves a draft edit.
  const public1 = await reader(browser)
  const readerPage = await public1.newPage()
  await expect.poll(() => title(readerPage)).toBe(`Bản công khai ${code}`)
  await request.patch(`/api/procedures/${id}?draft=true`, { headers: auth(token), data: { name: `Bản nháp ${code}`, _status: 'draft' } })

  // Signed in: the admin works behind the proxy (CSRF checks on SITE_URL), and public pages skip the cache.
  await signIn(page)
  expect((await page.goto(path))?.headers()['x-cache']).toBe('BYPASS')
  await page.goto(`/next/preview?path=${encodeURIComponent(path)}`)
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bản nháp ${code}`)
  await expect(page.getByRole('status')).toContainText('Bản xem trước')
  // Right after the editor's draft view: readers get the public page, cached or not, never the draft.
  for (let i = 0; i < 3; i++) expect(await title(readerPage)).toBe(`Bản công khai ${code}`)
  const anonymous = await request.get(path, { headers: { cookie: '' } })
  expect(await anonymous.text()).not.toContain(`Bản nháp ${code}`)
  // And the editor in preview never gets the reader's cached copy.
  for (let i = 0; i < 3; i++) expect(await title(page)).toBe(`Bản nháp ${code}`)
  await page.getByRole('link', { name: 'Thoát xem trước' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bản công khai ${code}`)

  // Publishing the draft: live through the stack within the micro-cache's second (and a refresh).
  await request.patch(`/api/procedures/${id}`, { headers: auth(token), data: { name: `Bản nháp ${code}`, _status: 'published' } })
  await expect.poll(() => title(readerPage), { timeout: 15_000 }).toBe(`Bản nháp ${code}`)
  await public1.close()
  await request.delete(`/api/procedures/${id}`, { headers: auth(token) })
})

test('a reader with reading settings never gets a page cached for another reader, and vice versa', async ({ browser }) => {
  const plain = await reader(browser)
  const chosen = await reader(browser)
  const plainPage = await plain.newPage()
  const chosenPage = await chosen.newPage()
  const fontSize = (target: Page) => target.evaluate(() => getComputedStyle(document.documentElement).fontSize)

  // The choice is made through nginx, without JavaScript.
  await chosenPage.goto('/hien-thi')
  await chosenPage.getByLabel('Rất lớn').check()
  await chosenPage.getByLabel(/Tương phản cao/).check()
  await chosenPage.getByRole('button', { name: 'Lưu lựa chọn' }).click()
  await expect(chosenPage.getByRole('heading', { level: 1 })).not.toHaveText('Cỡ chữ và độ tương phản')

  for (let round = 0; round < 3; round++) {
    for (const path of ['/van-ban', '/en/procedures']) {
      await plainPage.goto(path)
      await chosenPage.goto(path)
      expect(await fontSize(chosenPage), path).toBe('24px')
      expect(await fontSize(plainPage), path).toBe('16px')
    }
    // The settings page reads the cookie: each reader sees their own choice.
    await chosenPage.goto('/hien-thi')
    await plainPage.goto('/hien-thi')
    await expect(chosenPage.getByLabel('Rất lớn')).toBeChecked()
    await expect(plainPage.getByLabel('Rất lớn')).not.toBeChecked()
  }

  // Each reader has a cache entry of their own: a copy made for one is a miss for the other.
  const cookie = (await chosen.cookies()).find((c) => c.name === 'display')!
  expect(cookie.value).toBe('larger.high')
  // Once the app has a fresh copy of the page (a stale one is passed on, not kept), on a URL of its own.
  await expect.poll(() => cacheStatus(plain.request, '/gioi-thieu'), { timeout: 20_000 }).toBe('HIT')
  const path = `/gioi-thieu?nginx=${Date.now()}`
  expect(await cacheStatus(plain.request, path)).toBe('MISS')
  expect(await cacheStatus(plain.request, path)).toMatch(FROM_CACHE)
  expect(await cacheStatus(chosen.request, path, { cookie: `display=${cookie.value}` })).toBe('MISS')
  expect(await cacheStatus(chosen.request, path, { cookie: `display=${cookie.value}` })).toMatch(FROM_CACHE)
  const css = await chosen.request.get('/next/display.css', { headers: { cookie: `display=${cookie.value}` } })
  expect(await css.text()).toContain('font-size:150%')
  expect(await (await plain.request.get('/next/display.css')).text()).not.toContain('font-size')
  await plain.close()
  await chosen.close()
})

test('the public lists are micro-cached per URL with its query, never for staff, preview or posts', async ({ request }) => {
  const lists = ['/thu-tuc-hanh-chinh', '/van-ban', '/tin-tuc', '/bao-chi', '/phan-anh-kien-nghi/hoi-dap']
  const english = ['/en/procedures', '/en/documents', '/en/news', '/en/press', '/en/feedback/answers']
  const stamp = Date.now()
  for (const list of [...lists, ...english]) {
    // The app still renders them on each request and marks them private; nginx keeps them a second.
    const first = await request.get(`${list}?nginx=${stamp}`)
    expect(first.status(), list).toBe(200)
    expect(first.headers()['cache-control'], list).toContain('no-store')
    expect(first.headers()['x-cache'], list).toBe('MISS')
    expect(await cacheStatus(request, `${list}?nginx=${stamp}`), list).toMatch(FROM_CACHE)
  }
  // The key holds the whole query (filters, paging) and the reading settings.
  const path = `/thu-tuc-hanh-chinh?nginx=${stamp}`
  expect(await cacheStatus(request, `${path}&trang=2`)).toBe('MISS')
  expect(await cacheStatus(request, path, { cookie: 'display=larger.high' })).toBe('MISS')
  expect(await cacheStatus(request, path, { cookie: 'display=larger.high' })).toMatch(FROM_CACHE)
  // Staff (a Payload session, a token) and draft mode skip it both ways.
  const token = await adminToken(request)
  expect(await cacheStatus(request, path, { cookie: `payload-token=${token}` })).toBe('BYPASS')
  expect(await cacheStatus(request, path, auth(token))).toBe('BYPASS')
  expect(await cacheStatus(request, path, { cookie: '__prerender_bypass=1' })).toBe('BYPASS')
  // A post to a list goes to the app (its form guard answers), never into the cache or out of it.
  const post = await request.post(path, { form: { q: 'x' } })
  expect(post.headers()['x-cache'] ?? '').not.toMatch(/HIT|STALE|UPDATING/)
  // Only those paths: the API (and what else the app marks private) is never kept.
  expect(await cacheStatus(request, `/api/procedures?limit=1&nginx=${stamp}`)).toBeUndefined()
})

test('first paint: readers without settings do not wait for the settings stylesheet; readers with settings do', async ({
  browser,
  request,
}) => {
  const link = async (cookie?: string) => {
    const html = await (await request.get('/tin-tuc', { headers: { cookie: cookie ?? '', 'accept-encoding': 'br' } })).text()
    return html.match(/<link[^>]*href="\/next\/display\.css"[^>]*>/)?.[0]
  }
  // No cookie, or the defaults: a media query that only a reader asking for more contrast matches.
  for (const cookie of [undefined, 'display=normal.normal', 'display=normal'])
    expect(await link(cookie), cookie).toContain('media="(prefers-contrast: more)"')
  // A chosen size or contrast: the stylesheet blocks rendering as before, so the first paint has it.
  for (const cookie of ['display=large.normal', 'display=normal.high', 'display=larger']) {
    expect(await link(cookie), cookie).toBeTruthy()
    expect(await link(cookie), cookie).not.toContain('media=')
  }

  // Without JavaScript: a system asking for more contrast still gets it; the default reader does not.
  const bodyColor = async (contrast: 'more' | 'no-preference') => {
    const context = await browser.newContext({ javaScriptEnabled: false, contrast })
    const page = await context.newPage()
    await page.goto('/tin-tuc')
    const color = await page.evaluate(() => getComputedStyle(document.body).color)
    await context.close()
    return color
  }
  expect(await bodyColor('more')).toBe('rgb(0, 0, 0)')
  expect(await bodyColor('no-preference')).not.toBe('rgb(0, 0, 0)')
  // With JavaScript: React adopts the rewritten link (same href), adds no blocking copy after hydration.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/tin-tuc')
  await page.waitForLoadState('networkidle')
  expect(await page.locator('link[href="/next/display.css"]').evaluateAll((links) => links.map((l) => l.getAttribute('media')))).toEqual([
    '(prefers-contrast: more)',
  ])
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px')
  await context.close()
})

test('sign-in bursts get 429 at the edge, whatever X-Forwarded-For the client sends', async ({ request }) => {
  const statuses: number[] = []
  for (let i = 0; i < 15; i++) {
    const response = await request.post('/api/users/login', {
      data: { email: `khong-co-${i}@e2e.test`, password: 'sai-mat-khau-123' },
      headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `203.0.113.${i}` },
    })
    statuses.push(response.status())
  }
  expect(statuses).toContain(429)
})

test('the metrics are closed through nginx and open to a scrape on the app’s own loopback port', async ({ request }) => {
  // Through the proxy (which always forwards the client's address): refused, whoever asks.
  expect((await request.get('/next/metrics')).status()).toBe(403)
  expect((await request.get('/next/metrics', { headers: { 'x-cchc-local-request': '1' } })).status()).toBe(403)
  // A Prometheus on this machine, straight to the app: the text format, with the requests just counted.
  const direct = await fetch(`${nginxServer.appUrl}/next/metrics`)
  expect(direct.status).toBe(200)
  const text = await direct.text()
  expect(text).toMatch(/^cchc_http_requests_total\{group="next",method="GET",status="4xx"\} [1-9]/m)
  expect(text).toContain('cchc_database_up 1')
})

test('the list page counts the app’s proxy reads stay inside', async ({ request }) => {
  expect((await request.get('/next/list-pages')).status()).toBe(404)
  // The app itself serves them on its own port (guards/staticLists.ts reads them there).
  const direct = await fetch(`${nginxServer.appUrl}/next/list-pages`)
  expect(direct.status).toBe(200)
  expect((await direct.json()).lists.vi['/tin-tuc'].pages).toBeGreaterThan(0)
})
