import { expect, test } from '@playwright/test'

import { adminToken, agencyId, auth, newProcedure, uniqueCode } from './api'
import { e2eServer } from './server-env'

test('an editor previews a draft from the admin; the public never sees it', async ({ page, request }) => {
  const token = await adminToken(request)
  const code = uniqueCode()
  const created = await request.post('/api/procedures?draft=true', {
    headers: auth(token),
    data: { ...newProcedure(code, `Thủ tục xem trước ${code}`, await agencyId(request)), _status: 'draft' },
  })
  const { id, slug } = (await created.json()).doc
  const path = `/thu-tuc-hanh-chinh/${slug}`
  const preview = `/next/preview?path=${encodeURIComponent(path)}`

  // Without signing in: refused, and the page stays a 404.
  expect((await request.get(preview, { maxRedirects: 0 })).status()).toBe(403)
  expect((await page.goto(path))?.status()).toBe(404)

  // Signed in to the admin: the preview shows the draft with a banner.
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(e2eServer.admin.email)
  await page.getByLabel('Mật khẩu').fill(e2eServer.admin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto(preview)
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Thủ tục xem trước ${code}`)
  await expect(page.getByRole('status')).toContainText('Bản xem trước')

  // Leaving preview returns to the public page, which still does not exist.
  await page.getByRole('link', { name: 'Thoát xem trước' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
  await request.delete(`/api/procedures/${id}`, { headers: auth(token) })
})

test('the preview route only follows paths of this site', async ({ request }) => {
  for (const path of ['//evil.example', 'https://evil.example/', '', 'thu-tuc-hanh-chinh']) {
    const response = await request.get(`/next/preview?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })
    expect(response.status(), path).toBe(400)
  }
})
