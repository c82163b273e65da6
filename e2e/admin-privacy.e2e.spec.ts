import { expect, test } from '@playwright/test'

import { e2eServer } from './server-env'

/**
 * Issue 18: the admin, like the public site, asks no other host for anything. Payload's default avatar
 * is Gravatar, which would send each page a hash of the signed-in officer's email (easy to reverse) and
 * show a broken image offline; cms/payload.config.ts sets Payload's own avatar instead.
 */
test('signed in, the dashboard, a list, an edit form and the account page request nothing from another host', async ({ page, baseURL }) => {
  test.setTimeout(90_000)
  const origin = new URL(baseURL!).origin
  const foreign: string[] = []
  let requests = 0
  page.on('request', (request) => {
    requests++
    const url = new URL(request.url())
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return // data: and blob: stay in the page
    if (url.origin !== origin) foreign.push(request.url())
  })
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(e2eServer.admin.email)
  await page.getByLabel('Mật khẩu').fill(e2eServer.admin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.waitForLoadState('networkidle')

  await page.goto('/admin/collections/procedures')
  await expect(page.locator('.collection-list, .list-view').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const { docs } = await (await page.request.get('/api/procedures?limit=1&depth=0')).json()
  await page.goto(`/admin/collections/procedures/${docs[0].id}`)
  await expect(page.locator('form').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.goto('/admin/account')
  await expect(page.locator('form').first()).toBeVisible()
  await page.waitForLoadState('networkidle')

  // The account menu's avatar is Payload's own drawing, not an image from Gravatar.
  await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)
  expect(requests, 'the pages were loaded').toBeGreaterThan(20)
  expect(foreign, 'requests to another host').toEqual([])
})
