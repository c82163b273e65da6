import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { EMPTY_COMBINATION_PAGE, filterSegment, STATIC_LIST_SEGMENT } from '@/domain/listPage'
import { MEMORY_ONLY_TAG } from '@/scripts/memory-only.mjs'

import { e2eServer } from './server-env'

/**
 * A list page that exists (whole, or filtered by one value the list offers) is a static page
 * (guards/staticLists.ts, issue 16): rendered once, then answered from the cache, at the address the
 * reader used; page 1 of a combination of filters without results is kept in memory only. Anything else
 * is rendered per request; the internal route is not a public address.
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

test('a list filtered by one value it offers is answered from the cache; made-up values are rendered per request', async ({ request }) => {
  /** What a list says it shows ("7 kết quả", "Hiển thị 1–20 trong 43 kết quả"), or '' when it says nothing. */
  const shown = (html: string) => /role="status">([^<]*)</.exec(html)?.[1] ?? ''
  // One value, as a link writes it and as the form sends it (unchosen selects empty), in both languages.
  for (const path of [
    '/thu-tuc-hanh-chinh?level=province',
    '/thu-tuc-hanh-chinh?field=&level=province&online=&agency=',
    '/en/procedures?level=province',
    '/van-ban?status=effective',
  ]) {
    await expect(async () => {
      await request.get(path)
      const again = await request.get(path)
      expect(again.status(), path).toBe(200)
      expect(cache(again), `${path}: not answered from the cache`).toBe('HIT')
      const html = await again.text()
      expect(html, path).toMatch(/<option value="(?:province|effective)" selected/)
      expect(shown(html), path).not.toBe('')
    }).toPass({ timeout: 15_000 })
  }
  // The cached page shows what the list rendered per request shows (a parameter the list does not read
  // sends it there).
  const rendered = await request.get('/thu-tuc-hanh-chinh?level=province&ref=e2e')
  expect(cache(rendered)).toBeUndefined()
  expect(shown(await rendered.text())).toBe(shown(await (await request.get('/thu-tuc-hanh-chinh?level=province')).text()))

  // A value the list does not offer (alone or with one it offers), a filter twice: per request, every time.
  for (const path of [
    '/thu-tuc-hanh-chinh?field=khong-co-linh-vuc',
    '/thu-tuc-hanh-chinh?level=province&online=khong-co',
    '/van-ban?year=1800&year=1801',
  ]) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(cache(response), `${path} came from the cache`).toBeUndefined()
    }
  }
  // A made-up value matches nothing, and says so.
  expect(await (await request.get('/thu-tuc-hanh-chinh?field=khong-co-linh-vuc')).text()).toContain('Không có kết quả phù hợp')

  // A page past the end goes to the last one, and is never kept.
  for (let i = 0; i < 2; i++) {
    const past = await request.get('/tin-tuc?trang=9999', { maxRedirects: 0 })
    expect(past.status()).toBe(307)
    expect(cache(past)).toBeUndefined()
    expect(past.headers().location).toMatch(/^\/tin-tuc(\?trang=\d+)?$/)
  }
})

test('a combination of filters is a static page when it has results, and kept in memory only when it has none', async ({ request }) => {
  type Summary = { field?: string; levels?: string[]; implementingAgency?: string }
  const { docs, totalDocs } = (await (await request.get('/api/procedures?limit=100&depth=0')).json()) as {
    docs: Summary[]
    totalDocs: number
  }
  // Every published procedure (an anonymous read gives 100 at most), so that the pair below has none.
  expect(docs.length).toBe(totalDocs)
  const first = docs.find((doc) => doc.field && doc.levels?.length && doc.implementingAgency)!
  const withResults = `/thu-tuc-hanh-chinh?${new URLSearchParams({ field: first.field!, level: first.levels![0] })}`
  // A field and an agency both offered, that no published procedure has together.
  const agencies = [...new Set(docs.map((doc) => doc.implementingAgency).filter(Boolean))] as string[]
  const fields = [...new Set(docs.map((doc) => doc.field).filter(Boolean))] as string[]
  const pair = fields
    .flatMap((field) => agencies.map((agency) => [field, agency]))
    .find(([field, agency]) => !docs.some((doc) => doc.field === field && doc.implementingAgency === agency))!
  const empty = `/thu-tuc-hanh-chinh?${new URLSearchParams({ field: pair[0], agency: pair[1] })}`

  await expect(async () => {
    await request.get(withResults)
    const again = await request.get(withResults)
    expect(cache(again), `${withResults}: not answered from the cache`).toBe('HIT')
    expect(await again.text()).toMatch(/role="status">(?:[1-9]|Hiển thị)/)
  }).toPass({ timeout: 15_000 })
  // Rendered per request until the proxy has its count (0), then answered from the server's memory.
  await expect(async () => {
    const response = await request.get(empty)
    expect(response.status(), empty).toBe(200)
    expect(await response.text()).toContain('Không có kết quả phù hợp')
    expect(cache(response), `${empty}: not answered from the cache`).toBe('HIT')
  }).toPass({ timeout: 15_000 })
  // Nothing of it on disk (there are as many such pages as products of the values offered), unlike the page with results.
  const files = (fs.readdirSync(e2eServer.env.NEXT_DIST_DIR, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'))
  const level = filterSegment(['level', first.levels![0]])
  expect(files.filter((file) => file.includes(`/${STATIC_LIST_SEGMENT}/thu-tuc-hanh-chinh/1/`) && file.includes(level))).not.toEqual([])
  const pairSegments = [filterSegment(['field', pair[0]]), filterSegment(['agency', pair[1]])]
  const empties = files.filter(
    (file) =>
      file.includes(`/${STATIC_LIST_SEGMENT}/thu-tuc-hanh-chinh/${EMPTY_COMBINATION_PAGE}/`) ||
      pairSegments.every((part) => file.includes(part)),
  )
  expect(empties, `${empty}: written to disk`).toEqual([])
  // Nor the reads of either combination (scripts/memory-only.mjs): Next's data cache files name their tags.
  const reads = path.join(e2eServer.env.NEXT_DIST_DIR, 'cache', 'fetch-cache')
  const combinationReads = fs
    .readdirSync(reads)
    .filter((file) => fs.readFileSync(path.join(reads, file), 'utf8').includes(`"${MEMORY_ONLY_TAG}"`))
  expect(combinationReads, 'reads under two filters written to disk').toEqual([])
})

test('the internal route is not a public address', async ({ request }) => {
  for (const path of [
    '/danh-sach-tinh/tin-tuc/1',
    '/vi/danh-sach-tinh/tin-tuc/1',
    '/en/danh-sach-tinh/tin-tuc/1',
    '/danh-sach-tinh',
    // With filters, offered or not (level "province" in base64url, and a made-up value).
    '/vi/danh-sach-tinh/thu-tuc-hanh-chinh/1/level~cHJvdmluY2U',
    '/vi/danh-sach-tinh/thu-tuc-hanh-chinh/9/field~eHl6',
    '/vi/danh-sach-tinh/thu-tuc-hanh-chinh/1/level~cHJvdmluY2U/online~ZnVsbA',
    // The page kept in memory only: the proxy's alone.
    '/vi/danh-sach-tinh/thu-tuc-hanh-chinh/0/level~cHJvdmluY2U/online~ZnVsbA',
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toContain('Hiển thị 1–')
  }
})

test('a made-up address is rendered each time and never kept (the page cache holds only pages that exist)', async ({ request }) => {
  const category = /href="(\/tin-tuc\/chuyen-muc\/[^"/]+)"/.exec(await (await request.get('/tin-tuc')).text())?.[1]
  expect(category, 'a news category link on /tin-tuc').toBeTruthy()
  for (const path of ['/tin-tuc/khong-co-bai-nay', `${category}/trang/9999`, '/en/news/no-such-item']) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      expect(cache(response), `${path}: a 404 was kept`).not.toBe('HIT')
    }
  }
})
