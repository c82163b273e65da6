import { expect, test } from '@playwright/test'

import { adminToken, auth } from './api'

const CATEGORY = '/tin-tuc/chuyen-muc/bieu-duong-khen-thuong'

/**
 * A news category pages like every list (issue 16): NEWS_PAGE_SIZE items a page, newest first, page 2
 * on at /trang/N (/page/N in English), each a static page of its own. A page number the category does
 * not have, and an unknown category, answer a server-rendered 404. The items made here are dated 2001,
 * so they sort last and no other test's page changes; they are deleted afterwards.
 */
test('a news category pages at a fixed size, with a 404 for a page or category that does not exist', async ({ request }) => {
  const token = await adminToken(request)
  const categories = await (await request.get('/api/news-categories?where[slug][equals]=bieu-duong-khen-thuong&depth=0')).json()
  const category = categories.docs[0].id as string
  const before = (await (await request.get(`/api/news?where[categories][in]=${category}&limit=1&depth=0`)).json()).totalDocs as number
  const created: string[] = []
  try {
    // Enough for a second page: 10 a page.
    for (let n = 1; created.length + before <= 10; n++) {
      const response = await request.post('/api/news', {
        headers: auth(token),
        data: {
          title: `Biểu dương cũ số ${n} ${Date.now()}`,
          kind: 'news',
          excerpt: 'Tin cũ để thử phân trang chuyên mục.',
          categories: [category],
          publishedAt: `2001-01-${String(n).padStart(2, '0')}T08:00:00.000Z`,
          _status: 'published',
        },
      })
      expect(response.status(), await response.text()).toBe(201)
      created.push((await response.json()).doc.id)
    }
    const total = before + created.length

    const first = await request.get(CATEGORY)
    expect(first.status()).toBe(200)
    const firstHtml = await first.text()
    expect(firstHtml).toContain(`Hiển thị 1–10 trong ${total} tin`)
    expect(firstHtml).toContain(`href="${CATEGORY}/trang/2"`)

    const second = await request.get(`${CATEGORY}/trang/2`)
    expect(second.status()).toBe(200)
    const secondHtml = await second.text()
    expect(secondHtml).toContain(`Hiển thị 11–${total} trong ${total} tin`)
    // The oldest item (2001-01-01) is on the last page, and the paging leads back to page 1.
    expect(secondHtml).toContain('Biểu dương cũ số 1 ')
    expect(secondHtml).toContain(`href="${CATEGORY}"`)
    expect(secondHtml).toMatch(/<title>[^<]*Trang 2/)

    const english = await request.get('/en/news/category/bieu-duong-khen-thuong/page/2')
    expect(english.status()).toBe(200)
    expect(await english.text()).toContain(`Showing 11–${total} of ${total} news items`)

    for (const missing of [
      `${CATEGORY}/trang/3`,
      `${CATEGORY}/trang/1`,
      `${CATEGORY}/trang/02`,
      `${CATEGORY}/trang/abc`,
      '/tin-tuc/chuyen-muc/khong-co/trang/2',
    ]) {
      const response = await request.get(missing)
      expect(response.status(), missing).toBe(404)
      expect(await response.text(), missing).toContain('Không tìm thấy trang')
    }
  } finally {
    for (const id of created) await request.delete(`/api/news/${id}`, { headers: auth(token) })
  }
})
