import { expect, test } from '@playwright/test'

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
