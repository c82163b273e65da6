import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'

const EDITOR = { email: 'bien-tap-nhap@e2e.test', password: 'Ruong-bac-thang-Mu-Cang-Chai-2026' }

test('an editor imports the sample procedures in the admin: checked first, then applied, with a row-by-row report', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const created = await request.post('/api/users', {
    headers: auth(token),
    data: { ...EDITOR, roles: ['editor'], name: 'Biên tập viên nhập' },
  })
  expect(created.status()).toBe(201)
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(EDITOR.email)
  await page.getByLabel('Mật khẩu').fill(EDITOR.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)

  await page.goto('/admin/collections/imports/create')
  await page.locator('input[type="file"]').setInputFiles('docs/import/thu-tuc-hanh-chinh-mau.xlsx')
  await page.getByRole('button', { name: 'Lưu' }).click()
  const report = page.getByRole('region', { name: 'Kết quả kiểm tra (chưa ghi gì vào cổng)' })
  await expect(report).toBeVisible({ timeout: 60_000 })
  await expect(report).toContainText('27 dòng: Sẽ tạo mới 13 · Bị từ chối 14')
  // Each refused row says its row number, its column and why.
  const refused = report.getByRole('row').filter({ hasText: 'Lệ phí: năm mươi nghìn đồng' })
  await expect(refused.getByRole('cell').first()).toHaveText('20')
  await expect(refused).toContainText('Cách thức thực hiện: không đọc được phí')
  await page.screenshot({ path: 'test-results/import-report-checked.png', fullPage: true })
  const before = await (await request.get('/api/procedures?where[code][like]=1.0130&draft=true&limit=0', { headers: auth(token) })).json()
  expect(before.totalDocs).toBe(0)

  await report.getByRole('button', { name: 'Áp dụng: ghi các dòng hợp lệ' }).click()
  const applied = page.getByRole('region', { name: 'Kết quả ghi' })
  await expect(applied).toBeVisible({ timeout: 60_000 })
  await expect(applied).toContainText('27 dòng: Tạo mới 13 · Bị từ chối 14')
  await page.screenshot({ path: 'test-results/import-report-applied.png', fullPage: true })
  const after = await (await request.get('/api/procedures?where[code][like]=1.0130&draft=true&limit=0', { headers: auth(token) })).json()
  expect(after.totalDocs).toBe(13)
  // Drafts: nothing of it is public yet.
  const publicList = await (await request.get('/api/procedures?where[code][like]=1.0130&limit=0')).json()
  expect(publicList.totalDocs).toBe(0)
})
