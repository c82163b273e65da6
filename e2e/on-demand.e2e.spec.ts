import { expect, test } from '@playwright/test'

import { adminToken, agencyId, auth, newProcedure, uniqueCode } from './api'

/**
 * The build prerenders only the newest documents of each collection (PRERENDERED_PER_COLLECTION in
 * app/_components/slugRoute.tsx); every other detail page renders on its first request, is then served
 * from the cache and is expired by its tags on a publish, like a prerendered one. A procedure created
 * after the build is such a page: with `dynamicParams = false` it would answer 404.
 */
test('a detail page the build did not prerender renders on its first request, is then cached, and changes after a publish', async ({
  request,
}) => {
  const token = await adminToken(request)
  const code = uniqueCode()
  const name = `Thủ tục dựng khi cần ${code}`
  const created = await request.post('/api/procedures', {
    headers: auth(token),
    data: { ...newProcedure(code, name, await agencyId(request)), _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const procedure = (await created.json()).doc as { id: string; slug: string }
  const path = `/thu-tuc-hanh-chinh/${procedure.slug}`
  try {
    // First request: rendered now (no prerendered copy exists), with 200.
    const first = await request.get(path)
    expect(first.status()).toBe(200)
    expect(first.headers()['x-nextjs-cache']).not.toBe('HIT')
    expect(await first.text()).toContain(name)

    // Then kept: the next requests are served from the cache.
    const again = await request.get(path)
    expect(again.status()).toBe(200)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await again.text()).toContain(name)

    // A publish expires its tags: the page shows the new name (revalidated on a following request).
    const renamed = `Thủ tục đã đổi tên ${code}`
    const patched = await request.patch(`/api/procedures/${procedure.id}`, {
      headers: auth(token),
      data: { name: renamed, _status: 'published' },
    })
    expect(patched.status(), await patched.text()).toBe(200)
    await expect
      .poll(
        async () => {
          const response = await request.get(path)
          return `${response.status()} ${(await response.text()).includes(renamed)}`
        },
        { timeout: 15_000, intervals: [250, 500, 1_000] },
      )
      .toBe('200 true')
  } finally {
    await request.delete(`/api/procedures/${procedure.id}`, { headers: auth(token) })
  }
})

test('an unknown slug rendered on request stays a 404, also when asked for again', async ({ request }) => {
  const path = `/thu-tuc-hanh-chinh/khong-co-thu-tuc-${Date.now()}`
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get(path)
    expect(response.status()).toBe(404)
  }
})
