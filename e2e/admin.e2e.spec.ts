import { expect, test } from '@playwright/test'

import { e2eServer } from './server-env'

const COLLECTIONS = [
  'procedures',
  'guides',
  'legal-documents',
  'document-relations',
  'news',
  'news-categories',
  'events',
  'pages',
  'contact-points',
  'index-results',
  'agencies',
  'feedback',
  'media',
  'redirects',
  'imports',
  'users',
]

test('every collection and the site settings open in the admin, in Vietnamese', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(e2eServer.admin.email)
  await page.getByLabel('Mật khẩu').fill(e2eServer.admin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  for (const slug of COLLECTIONS) {
    const list = await page.goto(`/admin/collections/${slug}`)
    expect(list?.status(), slug).toBe(200)
    await expect(page.locator('.collection-list, .list-view').first(), slug).toBeVisible()
    const create = await page.goto(`/admin/collections/${slug}/create`)
    expect(create?.status(), `${slug}/create`).toBe(200)
    await expect(page.locator('form').first(), `${slug}/create`).toBeVisible()
  }
  // Filled by the site, never created by hand: their lists only.
  for (const slug of ['page-feedback', 'search-index', 'audit-log']) {
    const list = await page.goto(`/admin/collections/${slug}`)
    expect(list?.status(), slug).toBe(200)
    await expect(page.locator('.collection-list, .list-view').first(), slug).toBeVisible()
  }
  const settings = await page.goto('/admin/globals/site-settings')
  expect(settings?.status()).toBe(200)
  await expect(page.getByText('Cơ quan', { exact: true }).first()).toBeVisible()
  expect(errors).toEqual([])
})
