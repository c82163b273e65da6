import { execFileSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'
import { e2eServer } from './server-env'

test('a scheduled publication goes live by itself under `next start`', async ({ page, request }) => {
  test.setTimeout(90_000)
  const token = await adminToken(request)
  const created = await request.post('/api/news?draft=true', {
    headers: auth(token),
    data: { title: `Thông báo hẹn giờ ${Date.now()}`, kind: 'announcement', _status: 'draft' },
  })
  const { id, slug } = (await created.json()).doc
  const path = `/tin-tuc/${slug}`
  expect((await page.goto(path))?.status()).toBe(404)

  execFileSync('node', ['scripts/run-ts.mjs', 'e2e/support/schedule-publish.ts', 'news', id, '3'], {
    env: { ...process.env, ...e2eServer.env },
    stdio: 'ignore',
  })
  // The server's own jobs runner publishes it, and the page (cached as a 404 just now) is revalidated.
  await expect.poll(async () => (await page.goto(path))?.status(), { timeout: 60_000, intervals: [1_000] }).toBe(200)
  await request.delete(`/api/news/${id}`, { headers: auth(token) })
})
