import { expect, test } from '@playwright/test'

import { adminToken, agencyId, auth, newProcedure, uniqueCode } from './api'

test.describe('REST API /api/procedures', () => {
  let token: string
  let draftId: string

  test.beforeAll(async ({ request }) => {
    token = await adminToken(request)
    const response = await request.post('/api/procedures?draft=true', {
      headers: auth(token),
      data: { ...newProcedure(uniqueCode(), 'Thủ tục nháp bí mật', await agencyId(request)), _status: 'draft' },
    })
    expect(response.status()).toBe(201)
    draftId = (await response.json()).doc.id
  })

  test.afterAll(async ({ request }) => {
    await request.delete(`/api/procedures/${draftId}`, { headers: auth(token) })
  })

  test('lists published procedures only, as JSON', async ({ request }) => {
    const response = await request.get('/api/procedures?limit=100')
    expect(response.status()).toBe(200)
    const body = await response.json()
    expect(body.totalDocs).toBeGreaterThanOrEqual(6)
    expect(body.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    expect(body.docs.map((doc: { id: string }) => doc.id)).not.toContain(draftId)
  })

  test('never returns a draft to the public', async ({ request }) => {
    expect((await request.get(`/api/procedures/${draftId}`)).status()).toBe(404)
    expect((await request.get(`/api/procedures/${draftId}?draft=true`)).status()).toBe(404)
    const drafts = await (await request.get('/api/procedures?draft=true&limit=100')).json()
    expect(drafts.docs.map((doc: { id: string }) => doc.id)).not.toContain(draftId)
    expect((await request.get(`/api/procedures/versions`)).status()).toBe(403)
  })

  test('staff see the draft', async ({ request }) => {
    const response = await request.get(`/api/procedures/${draftId}?draft=true`, { headers: auth(token) })
    expect(response.status()).toBe(200)
  })

  test('nonsense queries give the exact 400 or a bounded list of published documents, never a 500', async ({ request }) => {
    for (const [query, status] of [
      ['where[nope][equals]=1', 400],
      ['where[or][0][and]=x', 400],
      ['where[name][near]=1,2', 400],
      ['where[code][in]=', 200],
      ['sort=-nope&limit=-5', 200],
      ['depth=999', 200],
      ['locale=xx', 200],
      ['where[_status][equals]=draft', 200],
    ] as const) {
      const response = await request.get(`/api/procedures?${query}`)
      expect(response.status(), query).toBe(status)
      const body = await response.json()
      if (status === 400) expect(body.errors.length, query).toBeGreaterThan(0)
      else {
        expect(body.limit, query).toBeLessThanOrEqual(100)
        expect(
          body.docs.every((doc: { _status: string }) => doc._status === 'published'),
          query,
        ).toBe(true)
      }
    }
  })

  test('users are not readable or creatable by the public', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
    const signUp = await request.post('/api/users', {
      data: { email: 'ke-la@example.vn', password: 'mat-khau-123456', roles: ['admin'] },
    })
    expect(signUp.status()).toBe(403)
  })

  test('writes need a signed-in editor', async ({ request }) => {
    const response = await request.post('/api/procedures', { data: newProcedure(uniqueCode(), 'Ẩn danh', await agencyId(request)) })
    expect(response.status()).toBe(403)
  })
})
