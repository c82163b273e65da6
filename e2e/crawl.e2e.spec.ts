import { expect, test } from '@playwright/test'

/** The Vietnamese list pages, and the collection whose detail pages each lists. */
const LISTS = [
  { list: '/thu-tuc-hanh-chinh', collection: 'procedures' },
  { list: '/van-ban', collection: 'legal-documents' },
  { list: '/tin-tuc', collection: 'news' },
  { list: '/su-kien', collection: 'events' },
] as const

/**
 * Follows every internal link from the two home pages; no page may answer 4xx or 5xx, and none may
 * carry an executable script (public pages ship no JavaScript: e2e/no-script.e2e.spec.ts). Every
 * published procedure, document, news item and event is linked from a page of its list (the list and
 * its ?trang=N pages, found by the crawl like any link): lists page, and none leaves a document out.
 */
test('a crawl from / and /en finds no broken internal link, no page with a script, and every document in its list', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const origin = new URL(baseURL!).origin
  const queue = ['/', '/en']
  const seen = new Set(queue)
  const broken: string[] = []
  const scripted: string[] = []
  const oversized: string[] = []
  /** Detail paths found on a page of their list. */
  const listed = new Set<string>()
  while (queue.length && seen.size < 3000) {
    const path = queue.shift()!
    const response = await request.get(path, { maxRedirects: 5 })
    if (response.status() >= 400) {
      broken.push(`${response.status()} ${path}`)
      continue
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue
    const html = await response.text()
    if (/<script(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>/i.test(html)) scripted.push(path)
    // Issue 16: no page over 300 KB of HTML.
    if (Buffer.byteLength(html) > 300_000) oversized.push(`${path}: ${Buffer.byteLength(html)} bytes`)
    const { pathname } = new URL(path, origin)
    const list = LISTS.find((entry) => entry.list === pathname)
    for (const [, href] of html.matchAll(/<a[^>]+href="([^"#]+)(?:#[^"]*)?"/g)) {
      const url = new URL(href.replace(/&amp;/g, '&'), origin + path)
      if (url.origin !== origin || /^\/(admin|next)(\/|$)/.test(url.pathname)) continue
      if (list && url.pathname.startsWith(`${list.list}/`)) listed.add(url.pathname)
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
  expect(oversized).toEqual([])
  expect(seen.size).toBeGreaterThan(100)
  expect(queue, 'the crawl ended before it had followed every link').toEqual([])

  // Every published document of each list, as the REST API counts them, is linked from its list's pages.
  for (const { list, collection } of LISTS) {
    const { docs, totalDocs } = await (await request.get(`/api/${collection}?limit=1000&depth=0&locale=vi&select[slug]=true`)).json()
    expect(docs.length).toBe(totalDocs)
    const paths = (docs as { slug: string }[]).map(({ slug }) => `${list}/${encodeURI(slug)}`)
    expect(
      paths.filter((path) => !listed.has(path)),
      `published ${collection} not reached through ${list}`,
    ).toEqual([])
    expect([...listed].filter((path) => path.startsWith(`${list}/`) && !path.startsWith('/tin-tuc/chuyen-muc/')).length).toBe(totalDocs)
  }
})
