import { expect, test } from '@playwright/test'

test.use({ javaScriptEnabled: false })

test('text size and contrast are chosen without JavaScript and apply to every page', async ({ page }) => {
  await page.goto('/van-ban')
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(await fontSize()).toBe('16px')
  await page.getByRole('link', { name: 'Cỡ chữ, độ tương phản' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cỡ chữ và độ tương phản')
  await page.getByLabel('Rất lớn').check()
  await page.getByLabel(/Tương phản cao/).check()
  await page.getByRole('button', { name: 'Lưu lựa chọn' }).click()
  // Back on the page the reader came from, now larger and in high contrast.
  await expect(page).toHaveURL(/\/van-ban$/)
  expect(await fontSize()).toBe('24px')
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)')
  await page.goto('/en/procedures')
  expect(await fontSize()).toBe('24px')
  // The form shows the current choice and resets to the defaults.
  await page.goto('/en/display')
  await expect(page.getByLabel('Extra large')).toBeChecked()
  await page.getByLabel('Default').first().check()
  await page.getByLabel('Default').last().check()
  await page.getByRole('button', { name: 'Save my choice' }).click()
  await expect(page).toHaveURL(/\/en$/)
  expect(await fontSize()).toBe('16px')
})

test('the display form never sends a reader to another site', async ({ request }) => {
  const response = await request.post('/next/display', { form: { size: 'large', back: '//example.com/x' }, maxRedirects: 0 })
  expect(response.status()).toBe(303)
  expect(response.headers().location).toBe('/')
  const bad = await request.post('/next/display', { data: 'not a form', headers: { 'content-type': 'application/json' }, maxRedirects: 0 })
  expect(bad.status()).toBe(400)
})

test('a procedure says where to submit, with the office hours of the one-stop desk', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam')
  const where = page.locator('#receivingAddress')
  await expect(where.getByRole('heading', { level: 3 })).toHaveText('Bộ phận một cửa tại Trung tâm Phục vụ hành chính công')
  await expect(where).toContainText('Giờ hành chính các ngày làm việc')
  await expect(where.getByRole('link', { name: 'Tìm địa chỉ trên bản đồ' })).toHaveAttribute('href', /openstreetmap\.org\/search/)
})

test('a news cover is a resized image with its caption, credit and the original to download', async ({ page, request }) => {
  await page.goto('/tin-tuc/chi-so-cai-cach-hanh-chinh-nam-2023-cua-tinh-nam-dinh-dat-87-32')
  const figure = page.locator('main figure')
  await expect(figure).toContainText('Đồ họa: Cổng thông tin Cải cách hành chính; số liệu: Bộ Nội vụ')
  const image = figure.locator('img')
  expect(await image.getAttribute('alt')).toMatch(/87,32%/)
  const srcset = (await image.getAttribute('srcset')) ?? ''
  const smallest = srcset.split(',')[0].trim().split(' ')[0]
  expect(smallest).toMatch(/^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2F/)
  const resized = await request.get(smallest, { headers: { accept: 'image/webp,*/*' } })
  expect(resized.status()).toBe(200)
  expect(resized.headers()['content-type']).toBe('image/webp')
  const original = figure.getByRole('link', { name: 'Tải ảnh gốc' })
  expect((await request.get((await original.getAttribute('href'))!)).headers()['content-type']).toBe('image/png')
})

test('the press room lists images for download with credits, and API queries that work', async ({ page, request }) => {
  await page.goto('/bao-chi')
  const images = page.locator('#press-images').locator('..').locator('figure')
  await expect(images).toHaveCount(2)
  await expect(images.first()).toContainText('Đồ họa: Cổng thông tin Cải cách hành chính')
  const links = await page
    .locator('#press-api')
    .locator('..')
    .locator('dd a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))
  expect(links.length).toBe(5)
  for (const link of links) {
    const response = await request.get(link)
    expect(response.status(), link).toBe(200)
    const body = await response.json()
    expect(body.totalDocs, link).toBeGreaterThan(0)
  }
  const [releases] = links
  const { docs } = await (await request.get(releases)).json()
  expect(docs.every((doc: { kind: string }) => doc.kind === 'press-release')).toBe(true)
})
