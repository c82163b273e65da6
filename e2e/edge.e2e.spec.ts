import net from 'node:net'

import { expect, type Page, test } from '@playwright/test'

import { adminToken, auth } from './api'
import { startSecondServer } from './second-server'
import { e2eServer } from './server-env'

const { hostname, port } = new URL(e2eServer.url)
const many = (count: number, pair: (i: number) => string) => Array.from({ length: count }, (_, i) => pair(i)).join('&')
const graphQLAliases = `{${Array.from({ length: 200 }, (_, i) => `a${i}: Procedures { docs { id } }`).join(' ')}}`

const json = { 'content-type': 'application/json' }

type Case = {
  name: string
  method?: 'GET' | 'POST' | 'DELETE'
  path: string
  headers?: Record<string, string>
  body?: string
  status: number
  maxMs?: number
}

/** Bad or costly input: each gets the exact 4xx (or a bounded 200), never a 5xx, within a second. */
const cases: Case[] = [
  {
    name: 'GraphQL is closed',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: graphQLAliases }),
    status: 404,
  },
  {
    name: 'GraphQL schema probe',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ Access { canAccessAdmin } }"}',
    status: 404,
  },
  { name: 'GraphQL playground', path: '/api/graphql-playground', status: 404 },
  {
    name: 'text/plain login',
    method: 'POST',
    path: '/api/users/login',
    headers: { 'content-type': 'text/plain' },
    body: 'email=a&password=b',
    status: 415,
  },
  {
    name: 'text/plain to an endpoint that answered 500',
    method: 'POST',
    path: '/api/search-index/reindex',
    headers: { 'content-type': 'text/plain' },
    body: 'x',
    status: 415,
  },
  {
    name: 'XML feedback',
    method: 'POST',
    path: '/api/feedback/submit',
    headers: { 'content-type': 'application/xml' },
    body: '<a/>',
    status: 415,
  },
  {
    name: 'JSON over 64 KB',
    method: 'POST',
    path: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(70_000) }),
    status: 413,
  },
  { name: '200 repeated filter parameters', path: `/thu-tuc-hanh-chinh?${many(200, (i) => `field=x${i}`)}`, status: 200 },
  // Next's routing alone took 0.3–1 s over this many parameters, before the page ran.
  { name: '2,500 unknown parameters', path: `/thu-tuc-hanh-chinh?${many(2500, (i) => `u${i}`)}`, status: 200, maxMs: 300 },
  { name: '150 API parameters', path: `/api/procedures?${many(150, (i) => `where[or][${i}][code][equals]=${i}`)}`, status: 414 },
  { name: 'API query over 4 KB', path: `/api/procedures?where[name][like]=${'a'.repeat(5000)}`, status: 414 },
  { name: 'search q of 10 KB', path: `/api/search?q=${'a'.repeat(10_000)}`, status: 414 },
  { name: 'search q over 200 characters', path: `/api/search?q=${'a'.repeat(300)}`, status: 400 },
  {
    name: 'open first-register',
    method: 'POST',
    path: '/api/users/first-register',
    headers: json,
    body: JSON.stringify({ email: 'x@example.vn', password: 'mot-mat-khau-dai-hon' }),
    status: 403,
  },
  {
    name: 'anonymous unlock',
    method: 'POST',
    path: '/api/users/unlock',
    headers: json,
    body: JSON.stringify({ email: 'quantri@e2e.test' }),
    status: 403,
  },
  { name: 'anonymous job run', path: '/api/payload-jobs/run', status: 401 },
  { name: 'jobs list', path: '/api/payload-jobs', status: 403 },
  { name: 'document locks', path: '/api/payload-locked-documents', status: 403 },
  { name: 'a query Payload cannot read (data=…)', path: '/api/guides?data=x', status: 400 },
  { name: 'a broken bulk delete query', method: 'DELETE', path: '/api/guides?where=x', status: 400 },
  { name: 'invalid JSON, anonymous', method: 'POST', path: '/api/search-index/reindex', headers: json, body: '{bad', status: 401 },
  { name: 'job schedules (none here)', path: '/api/payload-jobs/handle-schedules', status: 403 },
  {
    name: 'made-up credentials buy no larger body',
    method: 'POST',
    path: '/api/users/login',
    headers: { ...json, authorization: 'JWT x' },
    body: JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(70_000) }),
    status: 413,
  },
  {
    name: 'anonymous lock',
    method: 'POST',
    path: '/api/payload-locked-documents',
    headers: json,
    body: JSON.stringify({ globalSlug: 'site-settings' }),
    status: 403,
  },
]

test.describe('bad input', () => {
  for (const { name, method = 'GET', path, headers, body, status, maxMs = 1000 } of cases) {
    test(`${name} → ${status}`, async ({ request }) => {
      const start = Date.now()
      const response = await request.fetch(path, { method, headers, data: body, maxRedirects: 0 })
      expect(response.status()).toBe(status)
      expect(Date.now() - start).toBeLessThan(maxMs)
    })
  }

  test('anonymous reads are capped: depth 2, 100 documents', async ({ request }) => {
    const response = await request.get('/api/procedures?limit=100000&depth=10&pagination=false')
    expect(response.status()).toBe(200)
    expect((await response.json()).limit).toBe(100)
    // Every spelling Payload would read as "no limit" (0, negative, not a number, an array) gets the cap.
    for (const query of ['limit=0', 'limit=-5', 'limit=abc', 'limit[]=0&depth[]=10', 'limit[0]=0', 'limit=5&limit[x]=0']) {
      const capped = await request.get(`/api/procedures?${query}`)
      expect(capped.status(), query).toBe(200)
      expect((await capped.json()).limit, query).toBe(query.startsWith('limit=5') ? 5 : 100)
    }
    // Payload reads a POST as a GET when either override header says so: capped the same way.
    const override = await request.post('/api/procedures', {
      headers: {
        'x-payload-http-method-override': 'x',
        'x-http-method-override': 'GET',
        'content-type': 'application/x-www-form-urlencoded',
      },
      data: 'limit=0&pagination=false',
    })
    expect(override.status()).toBe(200)
    expect((await override.json()).limit).toBe(100)
    const staff = await request.get('/api/procedures?limit=500&depth=0', { headers: auth(await adminToken(request)) })
    expect((await staff.json()).limit).toBe(500)
  })
})

/** Sends raw HTTP (a declared length that never comes, a chunked body) and resolves with the status line and elapsed time. */
function raw(head: string, chunks: string[] = []): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = Date.now()
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(head)
      for (const chunk of chunks) socket.write(chunk)
    })
    let answer = ''
    socket.on('data', (data) => {
      answer += data
      const match = /^HTTP\/1\.1 (\d{3})/.exec(answer)
      if (match) {
        resolve({ status: Number(match[1]), ms: Date.now() - start })
        socket.destroy()
      }
    })
    socket.on('error', reject)
    setTimeout(() => reject(new Error(`no answer: ${answer}`)), 5000)
  })
}

test('a 200 MB login body is refused with 413 before any of it is read', async () => {
  const head = `POST /api/users/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`
  const { status, ms } = await raw(head, ['{"email":'])
  expect(status).toBe(413)
  expect(ms).toBeLessThan(1000)
})

test('a chunked body is cut off at the limit with 413', async () => {
  const head = `POST /api/feedback/submit HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`
  const chunk = `${(8192).toString(16)}\r\n${' '.repeat(8192)}\r\n`
  const { status, ms } = await raw(head, ['1\r\n{\r\n', ...Array(12).fill(chunk)])
  expect(status).toBe(413)
  expect(ms).toBeLessThan(1000)
})

test.describe('without trusted proxies', () => {
  let server: Awaited<ReturnType<typeof startSecondServer>> | undefined
  const url = `http://localhost:${Number(port) + 50}`

  test.beforeAll(async () => {
    // The same build and database, served as in production with no TRUSTED_PROXIES.
    server = await startSecondServer(Number(port) + 50, { TRUSTED_PROXIES: '' })
  })

  test.afterAll(() => {
    server?.stop()
  })

  test('a forged X-Real-IP or X-Forwarded-For does not buy a new rate limit', async ({ request }) => {
    const data = {
      name: 'Trần Văn Bình',
      phone: '0912 345 678',
      subject: 'Thử giới hạn',
      message: 'Nội dung đủ dài để được nhận vào hệ thống.',
      consent: true,
    }
    const statuses: number[] = []
    for (let i = 1; i <= 7; i++) {
      const forged = { 'x-real-ip': `203.0.113.${i}`, 'x-forwarded-for': `198.51.100.${i}` }
      statuses.push((await request.post(`${url}/api/feedback/submit`, { data, headers: forged })).status())
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
  })
})

const expectCommonHeaders = (headers: Record<string, string>) => {
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()')
  // http in the tests: HSTS only when SITE_URL is https.
  expect(headers['strict-transport-security']).toBeUndefined()
}
const SITE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

/** Public pages ship no script (scripts/script-free-pages.mjs): the same policy with scripts refused. */
const PAGE_CSP = SITE_CSP.replace("script-src 'self' 'unsafe-inline'", "script-src 'none'")

test.describe('security headers', () => {
  test('on a page, an API answer, a media file and the admin', async ({ request }) => {
    for (const [path, policy] of [
      ['/', PAGE_CSP],
      ['/en/procedures', PAGE_CSP],
      ['/api/procedures?limit=1', SITE_CSP],
    ]) {
      const response = await request.get(path)
      expectCommonHeaders(response.headers())
      expect(response.headers()['content-security-policy'], path).toBe(policy)
    }
    const { docs } = await (await request.get('/api/media?limit=1')).json()
    const file = await request.get(`/api/media/file/${docs[0].filename}`)
    expect(file.status()).toBe(200)
    expectCommonHeaders(file.headers())
    expect(file.headers()['content-security-policy']).toBe(
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    )
    const admin = await request.get('/admin/login')
    expectCommonHeaders(admin.headers())
    expect(admin.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
    expect(admin.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  test('preview and draft pages may be framed by the admin (same origin only)', async ({ request }) => {
    const draft = await request.get('/thu-tuc-hanh-chinh', { headers: { cookie: '__prerender_bypass=1' } })
    expect(draft.headers()['content-security-policy']).toBe(SITE_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"))
    const preview = await request.get('/next/preview?path=/', { maxRedirects: 0 })
    expect(preview.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  })

  /** Pages of every kind (JSON-LD, next/image covers, forms, /next/display.css) break no rule. */
  test('public pages and the admin run with no CSP violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    const visit = async (target: Page, path: string) => {
      await target.goto(path)
      await target.waitForLoadState('networkidle')
    }
    for (const path of [
      '/',
      '/thu-tuc-hanh-chinh',
      '/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap',
      '/tin-tuc',
      '/bao-chi',
      '/phan-anh-kien-nghi',
      '/hien-thi',
      '/en/news',
    ]) {
      await visit(page, path)
    }
    const firstNews = page.locator('main a[href^="/en/news/"]').first()
    await visit(page, (await firstNews.getAttribute('href'))!)
    await expect(page.getByText(/use your browser’s Print command/)).toBeVisible()
    // A form post to /next/display (form-action) and back.
    await visit(page, '/hien-thi')
    await page.locator('form[action="/next/display"] button[type="submit"]').first().click()
    await page.waitForLoadState('networkidle')

    await visit(page, '/admin/login')
    await page.getByLabel('Email').fill(e2eServer.admin.email)
    await page.getByLabel('Mật khẩu').fill(e2eServer.admin.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await visit(page, '/admin/collections/procedures')
    await page.locator('table a').first().click()
    await expect(page.locator('.document-fields, .collection-edit').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})
