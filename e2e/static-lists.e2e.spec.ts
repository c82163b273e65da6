import { expect, test } from '@playwright/test'

/**
 * An unfiltered list (no query, or only ?trang=N) is a static page (guards/staticLists.ts, issue 16):
 * rendered once, then answered from the cache, at the address the reader used. With a filter the list
 * is rendered per request, as before; the internal route is not a public address.
 */
const cache = (response: { headers(): Record<string, string> }) => response.headers()['x-nextjs-cache']

test('unfiltered lists are answered from the cache, in both languages, at any page', async ({ request }) => {
  for (const path of [
    '/thu-tuc-hanh-chinh',
    '/van-ban',
    '/tin-tuc',
    '/tin-tuc?trang=2',
    '/su-kien',
    '/bao-chi',
    '/en/procedures',
    '/en/news?trang=2',
    '/phan-anh-kien-nghi/hoi-dap',
    '/dich-vu-cong-truc-tuyen',
  ]) {
    // Twice in a row: the second from the cache (again after a moment, should another test's save
    // have expired the list in between: cms/revalidation.ts expires once more 2 s after a save).
    await expect(async () => {
      const first = await request.get(path)
      expect(first.status(), path).toBe(200)
      const again = await request.get(path)
      expect(again.status(), path).toBe(200)
      expect(cache(again), `${path}: not answered from the cache`).toBe('HIT')
      expect(await again.text(), path).toBe(await first.text())
    }).toPass({ timeout: 10_000 })
  }
  // The page the address names, in its language.
  const english = await (await request.get('/en/news?trang=2')).text()
  expect(english).toContain('<html lang="en"')
  expect(english).toMatch(/Showing 11–/)
  expect(await (await request.get('/tin-tuc?trang=2')).text()).toMatch(/Hiển thị 11–/)
})

test('a filtered list is rendered per request, and a page past the end goes to the last one', async ({ request }) => {
  const filtered = await request.get('/thu-tuc-hanh-chinh?level=province')
  expect(filtered.status()).toBe(200)
  expect(cache(filtered), 'a filtered list came from the cache').toBeUndefined()
  expect(await filtered.text()).toContain('selected')

  const past = await request.get('/tin-tuc?trang=9999', { maxRedirects: 0 })
  expect(past.status()).toBe(307)
  expect(past.headers().location).toMatch(/^\/tin-tuc(\?trang=\d+)?$/)
})

test('the internal route is not a public address', async ({ request }) => {
  for (const path of ['/danh-sach-tinh/tin-tuc/1', '/vi/danh-sach-tinh/tin-tuc/1', '/en/danh-sach-tinh/tin-tuc/1', '/danh-sach-tinh']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toContain('Hiển thị 1–')
  }
})
