import { expect, test } from '@playwright/test'

import { adminToken, agencyId, auth } from './api'

test.use({ javaScriptEnabled: false })

test('procedure filters narrow the list without JavaScript and keep their URL', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh')
  const total = await page.locator('main li a').count()
  await page.getByLabel('Dịch vụ công trực tuyến').selectOption('full')
  await page.getByLabel('Lĩnh vực').selectOption('Hộ tịch')
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/online=full/)
  await expect(page.getByRole('heading', { level: 2, name: 'Hộ tịch' })).toBeVisible()
  const filtered = await page.locator('main li a').count()
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThan(total)
  await expect(page.getByText('Đăng ký khai sinh', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Xóa bộ lọc' }).click()
  expect(await page.locator('main li a').count()).toBe(total)
})

test('document filters narrow by type, year and legal effect', async ({ page }) => {
  await page.goto('/en/documents?type=nghi-dinh')
  await expect(page.getByRole('status')).toContainText(/\d+ results?/)
  const decrees = page.locator('main ul li')
  expect(await decrees.count()).toBeGreaterThanOrEqual(4)
  await page.goto('/van-ban?status=expired')
  await expect(page.getByRole('link', { name: /cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin/ })).toBeVisible()
  expect(await page.locator('main ul li').count()).toBe(1)
  await page.goto('/van-ban?year=2015')
  await expect(page.locator('main ul li')).toHaveCount(1)
  await expect(page.locator('main ul li')).toContainText('13/CT-TTg')
})

test('nonsense filter values give an empty list, not an error', async ({ page }) => {
  const response = await page.goto('/van-ban?type=%3Cscript%3E&year=abc')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('status')).toContainText('Không có kết quả phù hợp')
})

test('the document list pages through every document, and its filters reach all of them', async ({ page, request }) => {
  test.setTimeout(120_000)
  const token = await adminToken(request)
  const issuer = await agencyId(request)
  const stamp = Date.now() % 1_000_000
  const ids: string[] = []
  // 23 documents of 2003 (no seed document is that old): more than one page of 20.
  for (let i = 1; i <= 23; i++) {
    const created = await request.post('/api/legal-documents', {
      headers: auth(token),
      data: {
        number: `${i}/KH-${stamp}`,
        numberConfirmed: true,
        documentType: 'ke-hoach',
        title: `Kế hoạch thử nghiệm phân trang ${stamp} số ${i}`,
        issuer,
        issuedAt: `2003-01-${String(i).padStart(2, '0')}T03:00:00.000Z`,
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    ids.push((await created.json()).doc.id)
  }
  try {
    const total = (await (await request.get('/api/legal-documents?limit=1&depth=0')).json()).totalDocs as number
    await expect(async () => {
      await page.goto('/van-ban')
      await expect(page.getByRole('status')).toContainText(`${total} văn bản (đang xem 1–20)`)
    }).toPass({ timeout: 15_000 })
    await expect(page.locator('main ul li')).toHaveCount(20)
    // Every document is reachable by following "next" without JavaScript; none is shown twice.
    const seen = new Set<string>()
    for (let pageNumber = 1; ; pageNumber++) {
      for (const href of await page.locator('main ul li a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
        seen.add(href!)
      const next = page.getByRole('link', { name: /Trang sau/ })
      if (!(await next.count())) break
      await next.click()
      await expect(page).toHaveURL(new RegExp(`trang=${pageNumber + 1}`))
    }
    expect(seen.size).toBe(total)
    // The year filter offers 2003 though it is far beyond the newest 200, and its pages keep the filter.
    await page.goto('/van-ban')
    await page.getByLabel('Năm ban hành').selectOption('2003')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page.getByRole('status')).toContainText('23 kết quả (đang xem 1–20)')
    await page.getByRole('link', { name: /Trang sau/ }).click()
    await expect(page).toHaveURL(/year=2003&trang=2|trang=2&year=2003/)
    await expect(page.locator('main ul li')).toHaveCount(3)
  } finally {
    for (const id of ids) await request.delete(`/api/legal-documents/${id}`, { headers: auth(token) })
  }
})

test('the press room pages through every press release', async ({ page, request }) => {
  test.setTimeout(120_000)
  const token = await adminToken(request)
  const stamp = Date.now() % 1_000_000
  const ids: string[] = []
  for (let i = 1; i <= 11; i++) {
    const created = await request.post('/api/news', {
      headers: auth(token),
      data: { title: `Thông cáo thử nghiệm ${stamp} số ${i}`, kind: 'press-release', _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    ids.push((await created.json()).doc.id)
  }
  try {
    const total = (await (await request.get('/api/news?where[kind][equals]=press-release&limit=1&depth=0')).json()).totalDocs as number
    const seen = new Set<string>()
    await expect(async () => {
      await page.goto('/bao-chi')
      await expect(page.locator('#releases ~ ul li, section[aria-labelledby="releases"] li').first()).toContainText(String(stamp))
    }).toPass({ timeout: 15_000 })
    for (;;) {
      for (const href of await page
        .locator('section[aria-labelledby="releases"] li a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
        seen.add(href!)
      const next = page.locator('section[aria-labelledby="releases"]').getByRole('link', { name: /Trang sau/ })
      if (!(await next.count())) break
      await next.click()
    }
    expect(seen.size).toBe(total)
  } finally {
    for (const id of ids) await request.delete(`/api/news/${id}`, { headers: auth(token) })
  }
})
