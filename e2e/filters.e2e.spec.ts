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
  await expect(page.locator('main ul li').filter({ hasText: 'Lĩnh vực: Hộ tịch' }).first()).toBeVisible()
  const filtered = await page.locator('main li a').count()
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThan(total)
  await expect(page.getByText('Đăng ký khai sinh', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Xóa bộ lọc' }).click()
  expect(await page.locator('main li a').count()).toBe(total)
})

test('the procedure list pages by code, 20 a page, and says which it shows', async ({ page, request }) => {
  // The REST API reads what the public reads: published procedures, here in the list's order.
  const api = async (query: string) => (await request.get(`/api/procedures?sort=code&depth=0&locale=vi&${query}`)).json()
  const { totalDocs: total } = await api('limit=1')
  expect(total, 'the e2e data has more than one page of procedures').toBeGreaterThan(20)
  const [twentieth] = (await api('limit=1&page=20')).docs
  const [twentyFirst] = (await api('limit=1&page=21')).docs
  const list = page.locator('main ul').first()

  await page.goto('/thu-tuc-hanh-chinh')
  await expect(page.getByRole('status')).toHaveText(`Hiển thị 1–20 trong ${total} thủ tục`)
  await expect(list.locator(':scope > li')).toHaveCount(20)
  await expect(list.locator(':scope > li').last()).toContainText(twentieth.code)
  await expect(list.getByRole('link', { name: twentyFirst.name, exact: true })).toHaveCount(0)

  const paging = page.getByRole('navigation', { name: 'Phân trang' })
  await expect(paging.getByRole('link', { name: 'Trang 1' })).toHaveAttribute('aria-current', 'page')
  await paging.getByRole('link', { name: 'Trang 2' }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\?trang=2$/)
  await expect(page.getByRole('status')).toHaveText(`Hiển thị 21–${Math.min(40, total)} trong ${total} thủ tục`)
  await expect(list.locator(':scope > li').first()).toContainText(twentyFirst.code)
  await expect(list.getByRole('link', { name: twentyFirst.name, exact: true })).toBeVisible()
  await page.getByRole('link', { name: /Trang trước/ }).click()
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh$/)

  // The filters' options come from every procedure, not from the page shown: 2.xxx codes are on page 2.
  const fields = (await api('limit=100')).docs.map((doc: { field: string }) => doc.field)
  const offered = await page.getByLabel('Lĩnh vực').locator('option').allTextContents()
  expect(new Set(offered.slice(1))).toEqual(new Set(fields))

  // Past the last page: a redirect to the last page, its filters kept.
  const lastPage = Math.ceil(total / 20)
  expect((await page.goto(`/thu-tuc-hanh-chinh?trang=${lastPage}`))?.status()).toBe(200)
  const past = await request.get(`/thu-tuc-hanh-chinh?trang=${lastPage + 1}`, { maxRedirects: 0 })
  expect(past.status()).toBe(307)
  expect(past.headers().location).toMatch(new RegExp(`/thu-tuc-hanh-chinh\\?trang=${lastPage}$`))
  expect((await page.goto('/en/documents?type=nghi-dinh&trang=999'))?.status()).toBe(200)
  await expect(page).toHaveURL(/\/en\/documents\?type=nghi-dinh$/)
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
      await expect(page.getByRole('status')).toContainText(`Hiển thị 1–20 trong ${total} văn bản`)
    }).toPass({ timeout: 15_000 })
    await expect(page.locator('main ul').first().locator('li')).toHaveCount(20)
    // Every document is reachable by following "next" without JavaScript; none is shown twice.
    const seen = new Set<string>()
    for (let pageNumber = 1; ; pageNumber++) {
      for (const href of await page
        .locator('main ul')
        .first()
        .locator('li a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
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
    await expect(page.getByRole('status')).toContainText('Hiển thị 1–20 trong 23 kết quả')
    await page.getByRole('link', { name: /Trang sau/ }).click()
    await expect(page).toHaveURL(/year=2003&trang=2|trang=2&year=2003/)
    await expect(page.locator('main ul').first().locator('li')).toHaveCount(3)
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
        .locator('section[aria-labelledby="releases"] > ul li a')
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
