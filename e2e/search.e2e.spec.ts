import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('the header search finds a procedure typed without accents, and filters by type', async ({ page }) => {
      await page.goto('/van-ban')
      const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Tìm trên Cổng' })
      await box.fill('dang ky khai sinh')
      await box.press('Enter')
      await expect(page).toHaveURL(/\/tim-kiem\?q=dang\+ky\+khai\+sinh/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm')
      const first = page.locator('#results > li').first()
      await expect(first.getByRole('link')).toHaveText('Đăng ký khai sinh')
      await expect(first.locator('mark').first()).toHaveText('Đăng')
      await page.getByRole('searchbox', { name: 'Tìm trên Cổng' }).first().fill('cai cach hanh chinh')
      await page.getByRole('button', { name: 'Tìm', exact: true }).first().click()
      await expect(page.getByRole('status')).toContainText('kết quả cho “cai cach hanh chinh”')
      await page
        .getByRole('navigation', { name: 'Lọc theo loại' })
        .getByRole('link', { name: /^Tin tức/ })
        .click()
      await expect(page).toHaveURL(/loai=news/)
      for (const label of await page.locator('#results > li > p:first-child').allTextContents()) expect(label).toMatch(/^Tin tức/)
    })
  })
}

test('English search answers in English, and an empty result suggests where to go', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('searchbox', { name: 'Search the portal' }).fill('criminal record')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=criminal\+record/)
  await expect(page.locator('#results > li').first().getByRole('link')).toHaveAttribute('href', /^\/en\/procedures\//)
  await page.goto('/tim-kiem?q=zzqqxxw')
  await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả cho “zzqqxxw”')
  await expect(page.getByRole('link', { name: 'Gọi đường dây nóng để được hướng dẫn' })).toBeVisible()
})

test('/api/search answers like a Payload list, and refuses bad input with 400', async ({ request }) => {
  const response = await request.get('/api/search?q=13%20ct%20ttg&locale=vi')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ page: 1, totalPages: expect.any(Number), totalDocs: expect.any(Number) })
  expect(body.docs[0]).toMatchObject({ type: 'legal-documents', url: '/van-ban/13-ct-ttg-2015' })
  // A query string over 4 KB is refused before the search runs (414, see the /api guard).
  expect((await request.get(`/api/search?q=${'a'.repeat(5000)}`)).status()).toBe(414)
  for (const bad of ['', '?q=x&type=users', '?q=x&page=-1', '?q=x&locale=fr', '?q=x&limit=abc']) {
    const refused = await request.get(`/api/search${bad}`)
    expect(refused.status(), bad).toBe(400)
    expect((await refused.json()).errors.length, bad).toBeGreaterThan(0)
  }
  for (const odd of ['?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?q=%C3%28', '?q=%FF%FE', '?q=%', '?q[]=a&q[]=b', '?q=a&q=b']) {
    const answered = await request.get(`/api/search${odd}`)
    expect(answered.status(), odd).toBeLessThan(500)
  }
})

test.describe('as citizens type, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('Telex keystrokes are read and said so; a word two slips off is offered as "did you mean"', async ({ page }) => {
    await page.goto(`/tim-kiem?${new URLSearchParams({ q: 'dduwowngf daay nongs' })}`)
    await expect(page.getByText('Kết quả cho: đường dây nóng')).toBeVisible()
    await expect(page.locator('#results > li').first()).toContainText('Liên hệ')
    await page.goto('/tim-kiem?q=ssinhh')
    await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả cho “ssinhh”')
    await page.getByRole('link', { name: 'Có phải bạn muốn tìm: sinh?' }).click()
    await expect(page).toHaveURL(/\/tim-kiem\?q=sinh$/)
    await expect(page.locator('#results > li').first()).toBeVisible()
  })

  test('events, indices and agencies are results with their own tab, and lead to where they are shown', async ({ page }) => {
    await page.goto(`/tim-kiem?${new URLSearchParams({ q: 'tọa đàm' })}`)
    await expect(page.locator('#results > li').first().getByRole('link')).toHaveAttribute('href', /^\/su-kien\//)
    await page.goto(`/tim-kiem?${new URLSearchParams({ q: 'chỉ số PCI 2023' })}`)
    const pci = page.locator('#results > li').first().getByRole('link')
    await expect(pci).toHaveAttribute('href', '/chi-so#index-PCI')
    await pci.click()
    await expect(page.locator('#index-PCI')).toBeVisible()
    await page.goto(`/en/search?${new URLSearchParams({ q: 'Ministry of Justice', loai: 'agencies' })}`)
    await expect(page.getByRole('navigation', { name: 'Filter by type' }).getByRole('link', { name: /^Agencies/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.locator('#results > li').first().getByRole('link')).toHaveText('Ministry of Justice')
  })
})

test('an editor adds a synonym group in the admin, and the public search uses it within seconds, without a restart', async ({
  page,
  request,
}) => {
  // Signing in and saving in the admin can take several seconds each on a busy 2-core machine (CI).
  test.setTimeout(120_000)
  const editor = { email: 'bien-tap-tim-kiem@e2e.test', password: 'Ruong-bac-thang-Mu-Cang-Chai-2027' }
  const token = await adminToken(request)
  expect(
    (
      await request.post('/api/users', { headers: auth(token), data: { ...editor, roles: ['editor'], name: 'Biên tập tìm kiếm' } })
    ).status(),
  ).toBe(201)
  const query = `/tim-kiem?${new URLSearchParams({ q: 'quán tạp hóa' })}`
  await page.goto(query)
  await expect(page.locator('#results')).not.toContainText('Đăng ký thành lập hộ kinh doanh')

  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Mật khẩu').fill(editor.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })
  await page.goto('/admin/collections/search-synonyms/create')
  await page.getByLabel('Các cách gọi').fill('quán tạp hóa\nhộ kinh doanh')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/search-synonyms\/[^/]+$/, { timeout: 30_000 })

  await expect(async () => {
    await page.goto(query)
    await expect(page.locator('#results > li').first().getByRole('link')).toHaveText('Đăng ký thành lập hộ kinh doanh', { timeout: 1000 })
  }).toPass({ timeout: 10_000 })
})

test('a public page is asked for once: only the admin requests the colour-scheme hint that makes Chromium ask twice', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/tim-kiem?q=khai+sinh', '/en/procedures']) {
    const response = await request.get(path)
    expect(response.headers()['critical-ch'], path).toBeUndefined()
    expect(response.headers()['accept-ch'], path).toBeUndefined()
  }
  expect((await request.get('/admin/login')).headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  const requested: string[] = []
  page.on('request', (each) => {
    if (each.resourceType() === 'document') requested.push(each.url())
  })
  await page.goto('/tim-kiem?q=dang+ky+ket+hon')
  expect(requested).toHaveLength(1)
})
