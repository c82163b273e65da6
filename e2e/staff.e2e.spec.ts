import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'
import { e2eServer } from './server-env'

/** Each test signs in from its own client address (X-Forwarded-For from the trusted loopback proxy). */
const from = (last: number) => ({ 'x-forwarded-for': `192.0.2.${last}` })
const run = Math.floor(Math.random() * 200)

test.describe('staff accounts on the built site', () => {
  test('a wrong password five times from one address makes that address wait, not the account', async ({ request }) => {
    const attacker = from(run + 1)
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await request.post('/api/users/login', {
        headers: attacker,
        data: { email: e2eServer.admin.email, password: 'doan-sai-mat-khau' },
      })
      expect(wrong.status()).toBe(401)
    }
    const throttled = await request.post('/api/users/login', { headers: attacker, data: e2eServer.admin })
    expect(throttled.status()).toBe(429)
    expect((await throttled.json()).errors[0].message).toMatch(/Hãy thử lại sau \d+ giây/)
    const elsewhere = await request.post('/api/users/login', { headers: from(run + 2), data: e2eServer.admin })
    expect(elsewhere.status()).toBe(200)
  })

  test('a contributor cannot take a published item offline, by any route', async ({ request }) => {
    const token = await adminToken(request)
    const email = `cong-tac-vien-${Date.now()}@e2e.test`
    const password = 'mot cau mat khau dai'
    expect((await request.post('/api/users', { headers: auth(token), data: { email, password, roles: ['contributor'] } })).status()).toBe(
      201,
    )
    const news = await request.post('/api/news', {
      headers: auth(token),
      data: { title: `Tin đang đăng ${Date.now()}`, kind: 'news', _status: 'published' },
    })
    expect(news.status()).toBe(201)
    const { doc } = await news.json()
    const login = await request.post('/api/users/login', { headers: from(run + 3), data: { email, password } })
    const contributor = auth((await login.json()).token)

    const unpublish = await request.patch(`/api/news/${doc.id}`, { headers: contributor, data: { _status: 'draft' } })
    expect(unpublish.status()).toBe(403)
    expect((await unpublish.json()).errors[0].message).toMatch(/^Cộng tác viên chỉ lưu bản nháp/)
    expect(
      (await request.patch(`/api/news?where[id][equals]=${doc.id}`, { headers: contributor, data: { _status: 'draft' } })).status(),
    ).toBe(403)
    expect((await request.delete(`/api/news/${doc.id}`, { headers: contributor })).status()).toBe(403)
    expect(
      (
        await request.patch(`/api/news/${doc.id}?draft=true`, { headers: contributor, data: { title: 'Bản nháp của cộng tác viên' } })
      ).status(),
    ).toBe(200)
    const seen = await request.get(`/api/news/${doc.id}`)
    expect(seen.status()).toBe(200)
    expect((await seen.json()).title).toBe(doc.title)
  })

  test('a body that is not JSON is the client’s error (400), also for staff', async ({ request }) => {
    const token = await adminToken(request)
    const answer = await request.post('/api/search-index/reindex', {
      headers: { ...auth(token), 'content-type': 'application/json' },
      data: '{bad',
    })
    expect(answer.status()).toBe(400)
    expect(await answer.text()).not.toMatch(/node_modules|\bat \//)
  })
})
