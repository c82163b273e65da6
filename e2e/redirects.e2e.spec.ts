import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'

test('an old-portal address redirects with 301 at once, without JavaScript', async ({ browser, request }) => {
  const token = await adminToken(request)
  const rule = await request.post('/api/redirects', {
    headers: auth(token),
    data: { from: 'http://cchc.cu.example.vn/Pages/VanBan.aspx?ItemID=77', to: { type: 'custom', url: '/van-ban' }, type: '301' },
  })
  expect(rule.status()).toBe(201)
  // The proxy re-reads the table at most a second after a change.
  await expect
    .poll(async () => {
      const answer = await request.get('/Pages/VanBan.aspx?ItemID=77', { maxRedirects: 0 })
      return [answer.status(), new URL(answer.headers().location ?? '/', 'http://x').pathname]
    })
    .toEqual([301, '/van-ban'])
  // Another query of the same old page is not this redirect.
  expect((await request.get('/Pages/VanBan.aspx?ItemID=78', { maxRedirects: 0 })).status()).toBe(404)
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/pages/vanban.aspx?itemid=77')
  await expect(page).toHaveURL(/\/van-ban$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await context.close()
})

test('a published news item whose slug changes keeps its old address, in both languages', async ({ request }) => {
  const token = await adminToken(request)
  const created = await request.post('/api/news', {
    headers: auth(token),
    data: { title: 'Tin đổi địa chỉ e2e', kind: 'news', slug: 'tin-doi-dia-chi-cu', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  const renamed = await request.patch(`/api/news/${doc.id}`, {
    headers: auth(token),
    data: { slug: 'tin-doi-dia-chi-moi', _status: 'published' },
  })
  expect(renamed.status()).toBe(200)
  await expect
    .poll(async () => {
      const answer = await request.get('/tin-tuc/tin-doi-dia-chi-cu', { maxRedirects: 0 })
      return [answer.status(), new URL(answer.headers().location ?? '/', 'http://x').pathname]
    })
    .toEqual([301, '/tin-tuc/tin-doi-dia-chi-moi'])
  const english = await request.get('/en/news/tin-doi-dia-chi-cu', { maxRedirects: 0 })
  expect([english.status(), new URL(english.headers().location ?? '/', 'http://x').pathname]).toEqual([301, '/en/news/tin-doi-dia-chi-moi'])
  expect((await request.get('/tin-tuc/tin-doi-dia-chi-moi')).status()).toBe(200)
})

test('the old portal’s files (images, archives, slides, text) redirect too; the portal’s own files are untouched', async ({ request }) => {
  const token = await adminToken(request)
  const targets: [string, string][] = [
    ['/Uploads/Images/2019/Hoi-nghi.JPG', '/tin-tuc'],
    ['/Uploads/bieu-mau.rar', '/thu-tuc-hanh-chinh'],
    ['/Files/bao-cao-cchc.pptx', '/van-ban'],
    ['/Files/huong-dan.txt', '/dich-vu-cong-truc-tuyen'],
  ]
  for (const [from, to] of targets) {
    const rule = await request.post('/api/redirects', {
      headers: auth(token),
      data: { from, to: { type: 'custom', url: to }, type: '301' },
    })
    expect(rule.status()).toBe(201)
  }
  for (const [from, to] of targets) {
    await expect
      .poll(async () => {
        const answer = await request.get(from, { maxRedirects: 0 })
        return [answer.status(), new URL(answer.headers().location ?? '/', 'http://x').pathname]
      })
      .toEqual([301, to])
  }
  // Files by name of the portal itself still answer as before.
  const robots = await request.get('/robots.txt')
  expect([robots.status(), robots.headers()['content-type']]).toEqual([200, expect.stringMatching(/^text\/plain/)])
  expect((await request.get('/favicon.svg')).status()).toBe(200)
})

test('a redirect to this site’s full address that leads back is refused as a loop', async ({ request }) => {
  const token = await adminToken(request)
  const first = await request.post('/api/redirects', {
    headers: auth(token),
    data: { from: '/vong-tuyet-doi/a', to: { type: 'custom', url: '/vong-tuyet-doi/b' }, type: '301' },
  })
  expect(first.status()).toBe(201)
  const site = new URL(test.info().project.use.baseURL!)
  const loop = await request.post('/api/redirects', {
    headers: auth(token),
    data: { from: '/vong-tuyet-doi/b', to: { type: 'custom', url: `https://${site.host}/vong-tuyet-doi/a` }, type: '301' },
  })
  expect(loop.status()).toBe(400)
  expect(JSON.stringify(await loop.json())).toMatch(/vòng lặp/)
})
