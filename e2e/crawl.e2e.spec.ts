import { expect, test } from '@playwright/test'

/**
 * Follows every internal link from the two home pages; no page may answer 4xx or 5xx, and none may
 * carry an executable script (public pages ship no JavaScript: e2e/no-script.e2e.spec.ts).
 */
test('a crawl from / and /en finds no broken internal link and no page with a script', async ({ request, baseURL }) => {
  test.setTimeout(180_000)
  const origin = new URL(baseURL!).origin
  const queue = ['/', '/en']
  const seen = new Set(queue)
  const broken: string[] = []
  const scripted: string[] = []
  while (queue.length && seen.size < 1500) {
    const path = queue.shift()!
    const response = await request.get(path, { maxRedirects: 5 })
    if (response.status() >= 400) {
      broken.push(`${response.status()} ${path}`)
      continue
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue
    const html = await response.text()
    if (/<script(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>/i.test(html)) scripted.push(path)
    for (const [, href] of html.matchAll(/<a[^>]+href="([^"#]+)(?:#[^"]*)?"/g)) {
      const url = new URL(href.replace(/&amp;/g, '&'), origin + path)
      if (url.origin !== origin || /^\/(admin|next)(\/|$)/.test(url.pathname)) continue
      const next = url.pathname + url.search
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  console.info(`crawled ${seen.size} internal URLs`)
  expect(broken).toEqual([])
  expect(scripted).toEqual([])
  expect(seen.size).toBeGreaterThan(100)
})
