import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminToken, agencyId, auth, newProcedure, uniqueCode } from './api'

/** What the public search (JSON) finds for the procedure code, by title. */
const searchTitles = async (request: APIRequestContext, code: string) =>
  ((await (await request.get(`/api/search?q=${encodeURIComponent(code)}&type=procedures`)).json()).docs as { title: string }[]).map(
    (doc) => doc.title,
  )

test('publishing, editing, unpublishing and deleting reach the public pages', async ({ page, request }) => {
  const token = await adminToken(request)
  const code = uniqueCode()
  const agency = await agencyId(request)
  const created = await request.post('/api/procedures?draft=true', {
    headers: auth(token),
    data: { ...newProcedure(code, `Cấp giấy xác nhận thử nghiệm ${code}`, agency), _status: 'draft' },
  })
  // The list pages by code (a test code comes last): its agency's procedures fit on one page.
  const list = `/thu-tuc-hanh-chinh?agency=${agency}`
  expect(created.status()).toBe(201)
  const { id, slug } = (await created.json()).doc
  const path = `/thu-tuc-hanh-chinh/${slug}`

  // A draft is not public, nor searchable.
  expect((await page.goto(path))?.status()).toBe(404)
  expect(await searchTitles(request, code)).toEqual([])

  // Publish: the page appears, and the list shows it.
  await request.patch(`/api/procedures/${id}`, { headers: auth(token), data: { _status: 'published' } })
  expect((await page.goto(path))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cấp giấy xác nhận thử nghiệm ${code}`)
  await page.goto(list)
  await expect(page.getByRole('link', { name: `Cấp giấy xác nhận thử nghiệm ${code}` })).toBeVisible()
  expect(await searchTitles(request, code)).toEqual([`Cấp giấy xác nhận thử nghiệm ${code}`])

  // Edit the published procedure: reload, see it.
  await request.patch(`/api/procedures/${id}`, {
    headers: auth(token),
    data: { name: `Tên đã sửa ${code}`, _status: 'published' },
  })
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tên đã sửa ${code}`)
  expect(await searchTitles(request, code)).toEqual([`Tên đã sửa ${code}`])

  // A pending draft edit does not leak.
  await request.patch(`/api/procedures/${id}?draft=true`, {
    headers: auth(token),
    data: { name: `Bản nháp chưa duyệt ${code}`, _status: 'draft' },
  })
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tên đã sửa ${code}`)
  expect(await searchTitles(request, code)).toEqual([`Tên đã sửa ${code}`])

  // Unpublish: gone from the page and the list.
  await request.patch(`/api/procedures/${id}`, { headers: auth(token), data: { _status: 'draft' } })
  expect((await page.goto(path))?.status()).toBe(404)
  await page.goto(list)
  await expect(page.getByRole('link', { name: new RegExp(code) })).toHaveCount(0)
  expect(await searchTitles(request, code)).toEqual([])

  // Publish again, then delete.
  await request.patch(`/api/procedures/${id}`, { headers: auth(token), data: { _status: 'published' } })
  expect((await page.goto(path))?.status()).toBe(200)
  expect((await request.delete(`/api/procedures/${id}`, { headers: auth(token) })).status()).toBe(200)
  expect((await page.goto(path))?.status()).toBe(404)
  expect(await searchTitles(request, code)).toEqual([])
})

test('an English page says when it falls back to Vietnamese content', async ({ page, request }) => {
  const token = await adminToken(request)
  const code = uniqueCode()
  const agency = await agencyId(request)
  const created = await request.post('/api/procedures', {
    headers: auth(token),
    data: { ...newProcedure(code, `Thủ tục chưa dịch ${code}`, agency), _status: 'published' },
  })
  const { id, slug } = (await created.json()).doc
  await page.goto(`/en/procedures/${slug}`)
  await expect(page.getByRole('note')).toContainText('not been translated into English')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi')
  await page.goto(`/en/procedures?agency=${agency}`)
  await expect(page.getByRole('note')).toContainText('not been translated into English')
  await expect(page.getByRole('link', { name: `Thủ tục chưa dịch ${code}` })).toHaveAttribute('lang', 'vi')

  await request.patch(`/api/procedures/${id}?locale=en`, {
    headers: auth(token),
    data: { name: `Untranslated no more ${code}`, field: 'Testing' },
  })
  await page.goto(`/en/procedures/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Untranslated no more ${code}`)
  await expect(page.getByRole('note')).toHaveCount(0)
  // Its own row: the English name, no longer marked as Vietnamese (other tests' untranslated procedures of
  // the same agency may still bring the list's note).
  await page.goto(`/en/procedures?agency=${agency}`)
  const row = page.getByRole('link', { name: `Untranslated no more ${code}` })
  await expect(row).toBeVisible()
  await expect(row).not.toHaveAttribute('lang', 'vi')
  await request.delete(`/api/procedures/${id}`, { headers: auth(token) })
})

test('an editor publishes from the admin and the page shows it', async ({ page }) => {
  const code = uniqueCode()
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('quantri@e2e.test')
  await page.getByLabel('Mật khẩu').fill('mat-khau-e2e-123')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)

  await page.goto('/admin/collections/procedures/create')
  await page.getByLabel('Mã thủ tục').fill(code)
  await page.getByLabel('Tên thủ tục').fill(`Thủ tục tạo từ trang quản trị ${code}`)
  await page.getByLabel('Lĩnh vực').fill('Thử nghiệm')
  // A relationship field: open the select, type, pick the agency.
  const agency = page.locator('#field-implementingAgency')
  await agency.click()
  await agency.locator('input').fill('Sở Tư pháp')
  await page.getByRole('option', { name: 'Sở Tư pháp' }).first().click()
  await page.getByRole('button', { name: /Xuất bản/ }).click()
  await expect(page.getByText(/thành công/i).first()).toBeVisible()

  await page.goto(`/thu-tuc-hanh-chinh/thu-tuc-tao-tu-trang-quan-tri-${code.replace('.', '-')}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Thủ tục tạo từ trang quản trị ${code}`)
})
