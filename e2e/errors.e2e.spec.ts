import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { adminToken, auth } from './api'
import { e2eServer } from './server-env'

/** Each request answers in under a second. */
async function timed(request: () => Promise<APIResponse>): Promise<APIResponse> {
  const started = Date.now()
  const response = await request()
  expect(Date.now() - started, response.url()).toBeLessThan(1000)
  return response
}

async function documentByNumber(request: APIRequestContext, number: string): Promise<{ id: string; slug: string }> {
  const response = await request.get(`/api/legal-documents?limit=1&depth=0&where[number][equals]=${encodeURIComponent(number)}`)
  const [doc] = (await response.json()).docs
  if (!doc) throw new Error(`no document ${number}`)
  return doc
}

let token: string

test.beforeAll(async ({ request }) => {
  token = await adminToken(request)
})

test.describe('internal routes answer 4xx, never 5xx', () => {
  test('GET /api/payload-migrations: 404, signed in or not', async ({ request }) => {
    expect((await timed(() => request.get('/api/payload-migrations'))).status()).toBe(404)
    expect((await timed(() => request.get('/api/payload-migrations', { headers: auth(token) }))).status()).toBe(404)
  })

  test('GET /api/globals/site-settings/versions (the settings keep no versions): 404', async ({ request }) => {
    expect((await timed(() => request.get('/api/globals/site-settings/versions', { headers: auth(token) }))).status()).toBe(404)
  })

  test('DELETE /api/payload-preferences/<a key that does not exist>: 404', async ({ request }) => {
    expect((await timed(() => request.delete('/api/payload-preferences/khong-co', { headers: auth(token) }))).status()).toBe(404)
  })
})

test.describe('document relations through REST', () => {
  test('create answers 201 once, refreshes the related page, and refuses duplicates and self-relations with 400', async ({ request }) => {
    const source = await documentByNumber(request, '42/2022/NĐ-CP')
    const target = await documentByNumber(request, '13/CT-TTg')
    const page = `/van-ban/${target.slug}`
    expect(await (await request.get(page)).text()).not.toContain('42/2022/NĐ-CP')

    const created = await timed(() =>
      request.post('/api/document-relations', { headers: auth(token), data: { source: source.id, kind: 'related', target: target.id } }),
    )
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    try {
      expect(await (await request.get(page)).text()).toContain('42/2022/NĐ-CP')

      const again = await timed(() =>
        request.post('/api/document-relations', { headers: auth(token), data: { source: source.id, kind: 'related', target: target.id } }),
      )
      expect(again.status()).toBe(400)
      expect((await again.json()).errors[0].data.errors[0]).toEqual({
        path: 'target',
        message:
          'Quan hệ này đã có (cùng văn bản, cùng loại quan hệ, cùng văn bản được tác động). / ' +
          'This relation already exists (same document, relation and other document).',
      })
      const relations = await request.get(
        `/api/document-relations?depth=0&where[source][equals]=${source.id}&where[target][equals]=${target.id}`,
        { headers: auth(token) },
      )
      expect((await relations.json()).totalDocs).toBe(1)

      const self = await timed(() =>
        request.post('/api/document-relations', { headers: auth(token), data: { source: source.id, kind: 'related', target: source.id } }),
      )
      expect(self.status()).toBe(400)
      expect((await self.json()).errors[0].data.errors[0]).toEqual({
        path: 'target',
        message:
          'Một văn bản không thể có quan hệ với chính nó: chọn văn bản khác. / A document cannot be related to itself: choose another document.',
      })
    } finally {
      expect((await request.delete(`/api/document-relations/${doc.id}`, { headers: auth(token) })).status()).toBe(200)
    }
    expect(await (await request.get(page)).text()).not.toContain('42/2022/NĐ-CP')
  })
})

test.describe('/next/preview stays on this site', () => {
  const preview = (request: APIRequestContext, query: string, signedIn = true) =>
    timed(() => request.get(`/next/preview?${query}`, { headers: signedIn ? auth(token) : {}, maxRedirects: 0 }))

  test('control characters, backslashes and other hosts: 400, signed in or not', async ({ request }) => {
    for (const query of [
      'path=%0a',
      'path=/%0a',
      'path=/%09/evil.example',
      'path=/%0d%0a/evil.example',
      'path=/%5Cevil.example',
      'path=//evil.example',
      'path=https://evil.example/',
      'path=/.//evil.example',
      'path=/a/..//evil.example',
      'path=/%2e//evil.example',
    ]) {
      expect((await preview(request, query)).status(), query).toBe(400)
      expect((await preview(request, query, false)).status(), query).toBe(400)
    }
  })

  test('a site path redirects to that path on this site', async ({ request }) => {
    const response = await preview(request, `path=${encodeURIComponent('/van-ban?loai=nghi-dinh')}`)
    expect(response.status()).toBe(307)
    const location = new URL(response.headers().location, e2eServer.url)
    expect(location.origin).toBe(new URL(e2eServer.url).origin)
    expect(`${location.pathname}${location.search}`).toBe('/van-ban?loai=nghi-dinh')
  })
})
