import fs from 'node:fs'

import { expect, test } from '@playwright/test'
import Database from 'libsql'

import { adminToken, auth } from './api'
import { startSecondServer } from './second-server'
import { e2eServer } from './server-env'

/**
 * Public pages ship no JavaScript (scripts/script-free-pages.mjs, docs/adr/0001): every page type in
 * both languages, the interactive ones included (their forms post without script), answers HTML with
 * no executable script or script preload and a policy that refuses scripts, and a browser loads none.
 * A Next upgrade that changes what it writes into pages fails here rather than shipping them broken.
 */
const EXECUTABLE_SCRIPT = /<script(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>/i
const SCRIPT_PRELOAD = /<link[^>]+(?:as="script"|rel="modulepreload")/i

const PAGES = {
  vi: [
    '/',
    '/thu-tuc-hanh-chinh',
    '/thu-tuc-hanh-chinh?q=khai+sinh',
    '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
    '/dich-vu-cong-truc-tuyen',
    '/dich-vu-cong-truc-tuyen/nop-ho-so-truc-tuyen',
    '/van-ban',
    '/van-ban/42-2022-nd-cp',
    '/tin-tuc',
    '/bao-chi',
    '/su-kien',
    '/duong-day-nong',
    '/chi-so',
    '/gioi-thieu',
    '/gioi-thieu/tuyen-bo-tiep-can',
    '/tim-kiem?q=khai+sinh',
    '/hien-thi',
    '/phan-anh-kien-nghi',
    '/phan-anh-kien-nghi/tra-cuu',
    '/phan-anh-kien-nghi/hoi-dap',
  ],
  en: [
    '/en',
    '/en/procedures',
    '/en/procedures/dang-ky-khai-sinh',
    '/en/online-services',
    '/en/documents',
    '/en/documents/42-2022-nd-cp',
    '/en/news',
    '/en/press',
    '/en/events',
    '/en/contact',
    '/en/indices',
    '/en/about',
    '/en/search?q=birth',
    '/en/display',
    '/en/feedback',
    '/en/feedback/track',
    '/en/feedback/answers',
  ],
}

/** One article of each list (their slugs come from the data), so detail pages of every kind are covered. */
async function firstDetail(request: import('@playwright/test').APIRequestContext, list: string, prefix: string) {
  const html = await (await request.get(list)).text()
  const href = html.match(new RegExp(`href="(${prefix}/[^"?#]+)"`))?.[1]
  expect(href, `a link to ${prefix}/… on ${list}`).toBeTruthy()
  return href!
}

test('every public page type, in both languages, answers HTML without script', async ({ request }) => {
  const details = [
    await firstDetail(request, '/tin-tuc', '/tin-tuc'),
    await firstDetail(request, '/su-kien', '/su-kien'),
    await firstDetail(request, '/en/news', '/en/news'),
    await firstDetail(request, '/en/events', '/en/events'),
  ]
  for (const path of [...PAGES.vi, ...PAGES.en, ...details, '/khong-co-trang-nay', '/en/no-such-page', '/tin-tuc/khong-co-tin-nay']) {
    const response = await request.get(path)
    const expected = /khong-co|no-such/.test(path) ? 404 : 200
    expect(response.status(), path).toBe(expected)
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html, `${path}: executable script`).not.toMatch(EXECUTABLE_SCRIPT)
    expect(html, `${path}: script preload`).not.toMatch(SCRIPT_PRELOAD)
    expect(html, `${path}: Next's payload`).not.toContain('__next_f')
    expect(response.headers()['content-security-policy'], path).toMatch(/(?:^|; )script-src 'none'(?:;|$)/)
    expect(response.headers().link ?? '', path).not.toMatch(/as="?script|modulepreload/)
    expect(html, path).toContain('</html>')
  }
})

test('a browser with JavaScript on requests no script, and the pages work as before', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-khai-sinh$/)
  await page.goto('/')
  await page.getByRole('search', { name: 'Tìm trên Cổng' }).getByRole('searchbox').fill('khai sinh')
  await page.getByRole('search', { name: 'Tìm trên Cổng' }).getByRole('button').click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh/)
  await expect(page.getByRole('link', { name: 'Đăng ký khai sinh' }).first()).toBeVisible()
  await page.goto('/phan-anh-kien-nghi')
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
  // The action ran on the server: errors next to the fields, without a script; the answer opens at
  // the error summary (the form's action ends in #feedback-errors), not at the top of the page.
  await expect(page).toHaveURL(/\/phan-anh-kien-nghi#feedback-errors$/)
  await expect(page.getByRole('alert')).toBeInViewport()
  expect(scripts).toEqual([])
})

test('files by name are whole and untouched: sitemap, feeds, robots.txt, OpenSearch', async ({ request }) => {
  for (const path of ['/sitemap.xml', '/feed.xml', '/en/feed.xml', '/robots.txt', '/opensearch.xml']) {
    const response = await request.get(path, { timeout: 10_000 })
    expect(response.status(), path).toBe(200)
    const body = await response.text()
    expect(body.length, path).toBeGreaterThan(20)
    if (path.endsWith('.xml')) expect(body.trimEnd(), path).toMatch(/>$/)
  }
})

test('draft mode keeps its scripts (the live preview refreshes on save); the admin too', async ({ request }) => {
  const token = await adminToken(request)
  const preview = await request.get('/next/preview?path=/thu-tuc-hanh-chinh/dang-ky-khai-sinh', { headers: auth(token) })
  expect(preview.status()).toBe(200)
  expect(await preview.text()).toMatch(/<script[^>]+src="\/_next\/static\//)
  expect(preview.headers()['content-security-policy']).toContain("script-src 'self'")
  const admin = await request.get('/admin/login')
  expect(await admin.text()).toMatch(/<script[^>]+src="\/_next\/static\//)
})

test('a publish reaches a page without script within 2 s', async ({ request }) => {
  const token = await adminToken(request)
  const path = '/thu-tuc-hanh-chinh/dang-ky-khai-sinh'
  const found = await (await request.get('/api/procedures?where[slug][equals]=dang-ky-khai-sinh&depth=0', { headers: auth(token) })).json()
  const { id, description } = found.docs[0] as { id: string; description: string | null }
  const marker = `Kiểm tra xuất bản ${Date.now()}`
  try {
    const saved = await request.patch(`/api/procedures/${id}`, {
      headers: auth(token),
      data: { description: marker, _status: 'published' },
    })
    expect(saved.status()).toBe(200)
    const start = Date.now()
    let html = ''
    while (Date.now() - start < 2_000 && !html.includes(marker)) {
      html = await (await request.get(path)).text()
      if (!html.includes(marker)) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(html, `the new description within 2 s (${Date.now() - start} ms)`).toContain(marker)
    expect(html).not.toMatch(EXECUTABLE_SCRIPT)
  } finally {
    await request.patch(`/api/procedures/${id}`, { headers: auth(token), data: { description, _status: 'published' } })
  }
})

test('a render that fails on the server answers a server-written 500 page in the reader’s language, without script', async () => {
  test.setTimeout(120_000)
  // A second server on a consistent copy of the suite's database, whose feedback table is then dropped
  // under it: an answer looked up by its id (read each time, never cached) fails to render, as it would
  // on a broken database. (A list would not: it shares the suite's data cache on disk, and a page past
  // the last is not read.)
  const copy = `data/e2e-broken-${process.pid}.db`
  fs.rmSync(copy, { force: true })
  const source = new Database(e2eServer.env.DATABASE_URL.replace(/^file:/, ''))
  source.exec(`VACUUM INTO '${copy}'`)
  source.close()
  const server = await startSecondServer(Number(e2eServer.env.PORT) + 97, { DATABASE_URL: `file:./${copy}` })
  try {
    const broken = new Database(copy)
    broken.exec('PRAGMA foreign_keys = OFF; DROP TABLE feedback')
    broken.close()
    const answer = crypto.randomUUID()
    for (const [path, title] of [
      [`/phan-anh-kien-nghi/hoi-dap?cau-hoi=${answer}`, 'Xin lỗi, đã có lỗi ở phía chúng tôi'],
      [`/en/feedback/answers?cau-hoi=${answer}`, 'Sorry, something went wrong on our side'],
    ]) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status, path).toBe(500)
      const html = await response.text()
      expect(html, path).toContain(`<h1>${title}</h1>`)
      expect(html, path).not.toMatch(EXECUTABLE_SCRIPT)
      expect(response.headers.get('content-security-policy'), path).toMatch(/(?:^|; )script-src 'none'(?:;|$)/)
    }
  } finally {
    server.stop()
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true })
    for (const dir of ['-media', '-imports']) fs.rmSync(copy.replace(/\.db$/, dir), { recursive: true, force: true })
  }
})

test('first paint without a proxy: the reader’s stylesheet blocks only for readers who chose a setting', async ({ request }) => {
  const sheet = async (cookie?: string) => {
    const response = await request.get('/tin-tuc', { headers: cookie ? { cookie } : {} })
    return {
      link: (await response.text()).match(/<link[^>]*href="\/next\/display\.css"[^>]*>/)?.[0],
      header: response.headers().link ?? '',
    }
  }
  for (const cookie of [undefined, 'display=normal.normal']) {
    const { link, header } = await sheet(cookie)
    expect(link, cookie).toContain('media="(prefers-contrast: more)"')
    expect(header, cookie).not.toContain('/next/display.css')
  }
  const chosen = await sheet('display=large.high')
  expect(chosen.link).toBeTruthy()
  expect(chosen.link).not.toContain('media=')
})
