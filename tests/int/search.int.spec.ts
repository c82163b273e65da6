import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '@/cms/seed'
import { parseSearchParams } from '@/search/endpoint'
import { SEARCH_INDEX_SLUG } from '@/search/sources'
import { idPages, loadedSearchMemory, searchMemory, timeLeftToLoad, warmSearchMemory } from '@/search/memory'
import { MemoryIndex } from '@/search/memoryIndex'
import { runSearch } from '@/search/query'
import { rebuildSearchIndex } from '@/search/rebuild'
import { metrics } from '@/scripts/metrics.mjs'
import { bootPayload, context, onMongo } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

const search = (q: string, more: Partial<Parameters<typeof runSearch>[1]> = {}) => runSearch(payload, { q, locale: 'vi', ...more })
const titles = async (q: string, more: Partial<Parameters<typeof runSearch>[1]> = {}) =>
  (await search(q, more)).docs.map((doc) => doc.title)

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await seed(payload)
  // The whole index read before the first search (a search during the first load is answered from a part: tested below).
  await loadedSearchMemory(payload)
})

afterAll(() => cleanup())

describe('search finds Vietnamese text however it is typed', () => {
  it('ignores tones, marks, case and đ, both ways', async () => {
    const results = await Promise.all(
      ['thủ tục hành chính', 'thu tuc hanh chinh', 'THỦ TỤC HÀNH CHÍNH', 'Thu Tuc Hanh Chinh'].map((q) => search(q)),
    )
    expect(results[0].totalDocs).toBeGreaterThan(5)
    for (const result of results) expect(result.docs.map((doc) => doc.id)).toEqual(results[0].docs.map((doc) => doc.id))
    expect(await titles('dang ky khai sinh')).toContain('Đăng ký khai sinh')
    expect((await search('đất đai')).totalDocs).toBe((await search('dat dai')).totalDocs)
  })

  it('matches words from their start, not inside other words', async () => {
    const hits = (await search('an')).docs
    // "an" must not match "hành" or "ban": every hit has a word starting with "an".
    for (const hit of hits)
      expect(`${hit.title} ${hit.excerpt.text}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/(^|[^\p{L}\p{N}])an/u)
  })

  it('matches earlier words whole and only the last one as a prefix ("thu" is not "thực")', async () => {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()
    const { docs } = await search('thu tuc')
    expect(docs.length).toBeGreaterThan(0)
    const marked = docs.flatMap((hit) => [
      ...hit.titleRanges.map(([start, end]) => hit.title.slice(start, end)),
      ...hit.excerpt.ranges.map(([start, end]) => hit.excerpt.text.slice(start, end)),
    ])
    expect(marked.length).toBeGreaterThan(0)
    for (const word of marked.map(fold)) expect(word === 'thu' || word.startsWith('tuc'), word).toBe(true)
    expect((await search('khai si')).docs[0].title).toBe('Đăng ký khai sinh')
    // Excerpts start near the first real match and stay short.
    for (const hit of docs) {
      expect(hit.excerpt.text.length, hit.title).toBeLessThanOrEqual(222)
      if (!hit.titleRanges.length) expect(hit.excerpt.ranges.length, hit.title).toBeGreaterThan(0)
    }
  })

  it('puts title matches before body matches, and highlights the words', async () => {
    const [first] = (await search('khai sinh')).docs
    expect(first.title).toBe('Đăng ký khai sinh')
    expect(first.type).toBe('procedures')
    expect(first.url).toBe('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
    expect(first.titleRanges.map(([start, end]) => first.title.slice(start, end))).toEqual(['khai', 'sinh'])
  })

  it('answers in English with English URLs, falling back to Vietnamese text', async () => {
    const result = await search('birth registration', { locale: 'en' })
    expect(result.docs[0]).toMatchObject({ title: 'Birth registration', url: '/en/procedures/dang-ky-khai-sinh' })
  })
})

describe('numbers and codes match leniently', () => {
  it('finds a document number however it is typed, newest first among equals', async () => {
    const pm = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Thủ tướng Chính phủ' } } })).docs[0]
    await payload.create({
      collection: 'legal-documents',
      data: {
        documentType: 'chi-thi',
        number: '13/CT-TTg',
        issuer: pm.id,
        issuedAt: '2019-05-20',
        title: 'Chỉ thị thử nghiệm năm 2019',
        _status: 'published',
      } as never,
      context,
    })
    for (const q of ['13/CT-TTg', '13 ct ttg', '13/ct-ttg', '13-CT-TTG']) {
      const { docs } = await search(q)
      expect(
        docs.slice(0, 2).map((doc) => doc.type),
        q,
      ).toEqual(['legal-documents', 'legal-documents'])
      expect(docs[0].title, q).toMatch(/^13\/CT-TTg Chỉ thị thử nghiệm năm 2019/)
      expect(docs[1].title, q).toMatch(/^13\/CT-TTg /)
    }
  })

  it('treats NĐ and ND alike', async () => {
    const [a, b] = await Promise.all([search('107/2020/ND-CP'), search('107/2020/NĐ-CP')])
    expect(a.docs[0].title).toMatch(/^107\/2020\/NĐ-CP/)
    expect(a.docs.map((doc) => doc.id)).toEqual(b.docs.map((doc) => doc.id))
  })

  it('finds procedure codes by prefix', async () => {
    const { docs } = await search('1.0011')
    expect(docs.length).toBeGreaterThan(0)
    expect(docs[0].type).toBe('procedures')
    const exact = await search('2.000908')
    expect(exact.docs[0].type).toBe('procedures')
    expect(exact.docs[0].excerpt.text.length).toBeGreaterThan(0)
  })
})

describe('results by type', () => {
  it('counts matches per type and filters by one', async () => {
    const all = await search('cải cách hành chính')
    const total = Object.values(all.counts).reduce((sum, count) => sum + count, 0)
    expect(total).toBe(all.totalDocs)
    expect(all.counts.news).toBeGreaterThan(0)
    const news = await search('cải cách hành chính', { type: 'news', limit: 5 })
    expect(news.totalDocs).toBe(all.counts.news)
    expect(news.docs.every((doc) => doc.type === 'news')).toBe(true)
    expect(news.totalPages).toBe(Math.ceil(all.counts.news / 5))
    const page2 = await search('cải cách hành chính', { type: 'news', limit: 5, page: 2 })
    expect(page2.docs[0]?.id).not.toBe(news.docs[0].id)
  })

  it('finds hotlines and pages, not only documents', async () => {
    expect(
      (await search('đường dây nóng hỗ trợ')).counts['contact-points'] + (await search('tổng đài')).counts['contact-points'],
    ).toBeGreaterThan(0)
    const hit = (await search('tổng đài hỗ trợ', { type: 'contact-points' })).docs[0]
    expect(hit.url).toMatch(/^\/duong-day-nong#contact-/)
    expect((await search('tuyên bố tiếp cận', { type: 'pages' })).docs[0].url).toBe('/gioi-thieu/tuyen-bo-tiep-can')
  })

  it('returns nothing, not everything, for an empty or punctuation-only query', async () => {
    for (const q of ['', '   ', '!!!', '%', '_']) expect((await search(q)).totalDocs, q).toBe(0)
  })
})

describe('the index follows publishing', () => {
  it('adds on publish, keeps the live text while a draft is edited, drops on unpublish and delete', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0].id
    const created = await payload.create({
      collection: 'procedures',
      data: {
        code: '9.999001',
        name: 'Khảo nghiệm giống lúa Quỳnh Côi',
        field: 'Nông nghiệp',
        implementingAgency: agency,
        onlineService: { level: 'none' },
        _status: 'draft',
      },
      draft: true,
      context,
    })
    expect((await search('quỳnh côi')).totalDocs).toBe(0)
    await payload.update({ collection: 'procedures', id: created.id, data: { _status: 'published' }, context })
    expect(await titles('quynh coi')).toEqual(['Khảo nghiệm giống lúa Quỳnh Côi'])
    // A draft on top of the published version changes nothing until published.
    await payload.update({
      collection: 'procedures',
      id: created.id,
      data: { name: 'Khảo nghiệm giống lúa Tám Xoan' },
      draft: true,
      context,
    })
    expect(await titles('quynh coi')).toEqual(['Khảo nghiệm giống lúa Quỳnh Côi'])
    expect((await search('tam xoan')).totalDocs).toBe(0)
    await payload.update({
      collection: 'procedures',
      id: created.id,
      data: { name: 'Khảo nghiệm giống lúa Tám Xoan', _status: 'published' },
      context,
    })
    expect(await titles('tam xoan')).toEqual(['Khảo nghiệm giống lúa Tám Xoan'])
    expect((await search('quỳnh côi')).totalDocs).toBe(0)
    await payload.update({ collection: 'procedures', id: created.id, data: { _status: 'draft' }, context })
    expect((await search('tam xoan')).totalDocs).toBe(0)
    await payload.update({ collection: 'procedures', id: created.id, data: { _status: 'published' }, context })
    expect((await search('tam xoan')).totalDocs).toBe(1)
    await payload.delete({ collection: 'procedures', id: created.id, context })
    expect((await search('tam xoan')).totalDocs).toBe(0)
  })

  it('keeps the request in its own locale while indexing both languages', async () => {
    const page = (await payload.find({ collection: 'pages', limit: 1, locale: 'vi' })).docs[0]
    const saved = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'vi',
      data: { summary: 'Tóm tắt mới về cổng' },
      context,
    })
    expect(saved.summary).toBe('Tóm tắt mới về cổng')
    expect(saved.title).toBe(page.title)
  })

  it('rebuilds from scratch to the same entries', async () => {
    const before = await payload.count({ collection: SEARCH_INDEX_SLUG })
    await payload.delete({ collection: SEARCH_INDEX_SLUG, where: { type: { equals: 'news' } } })
    expect((await search('cải cách', { type: 'news' })).totalDocs).toBe(0)
    const report = await rebuildSearchIndex(payload)
    expect(report.indexed).toBe(before.totalDocs)
    expect((await payload.count({ collection: SEARCH_INDEX_SLUG })).totalDocs).toBe(before.totalDocs)
    expect((await search('cải cách', { type: 'news' })).totalDocs).toBeGreaterThan(0)
  })

  it('never exposes the index itself to the public', async () => {
    await expect(payload.find({ collection: SEARCH_INDEX_SLUG, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('drops within about 2 s an entry another instance deleted, looked for in the background without reloading the whole index', async () => {
    const before = await search('cải cách', { type: 'news' })
    const { index } = await searchMemory(payload)
    // As another app instance's delete looks from here: straight in the database, no hook of this process told.
    await payload.db.deleteOne({ collection: SEARCH_INDEX_SLUG, where: { id: { equals: before.docs[0].id } } })
    expect((await search('cải cách', { type: 'news' })).totalDocs, 'not seen at once').toBe(before.totalDocs)
    await new Promise((resolve) => setTimeout(resolve, 2100))
    // The first search after 2 s starts the look in the background and is answered from the snapshot it has.
    expect((await search('cải cách', { type: 'news' })).totalDocs, 'a search waited for the look').toBe(before.totalDocs)
    await expect.poll(async () => (await search('cải cách', { type: 'news' })).totalDocs, { timeout: 2000 }).toBe(before.totalDocs - 1)
    // The same index, one entry less: searches never waited for a full reload (20 s at 50,000 entries).
    expect((await searchMemory(payload)).index).toBe(index)
    await rebuildSearchIndex(payload)
  })
})

describe('the first load after a start', () => {
  type MemoryState = {
    snapshot: unknown
    loading: Promise<unknown> | null
    dirty: boolean
    firstLoad: unknown
    afterFirstLoad?: (...args: unknown[]) => Promise<void>
  }
  const memory = () => (globalThis as unknown as { __cchcSearchMemory: MemoryState }).__cchcSearchMemory

  it('answers a search from the part read so far, within a moment, saying how much it is', async () => {
    const { index } = await searchMemory(payload)
    const saved = { ...memory() }
    const partial = new MemoryIndex()
    const procedure = index.entries.find((entry) => entry?.titleVi === 'Đăng ký khai sinh')!
    partial.upsert(procedure)
    // As just after a start: no snapshot yet, a load under way (it never ends here) that has read one entry of 40.
    Object.assign(memory(), {
      snapshot: null,
      dirty: false,
      loading: new Promise(() => {}),
      firstLoad: { index: partial, total: 40, synonyms: [], startedAt: Date.now() },
    })
    try {
      const started = performance.now()
      const result = await search('khai sinh')
      expect(performance.now() - started, 'waited for the whole load').toBeLessThan(1000)
      expect(result.indexing).toEqual({ loaded: 1, total: 40 })
      expect(result.docs.map((doc) => doc.title)).toEqual(['Đăng ký khai sinh'])
    } finally {
      Object.assign(memory(), saved)
    }
  })

  it('waits for the load only when its pace says it is about to end', () => {
    // 1,000 of 10,000 read in 1 s: 9 s to go. 990 of 1,000 in 1 s: 10 ms. Nothing read yet: unknown.
    expect(timeLeftToLoad({ read: 1000, total: 10_000, startedAt: 0 }, 1000)).toBe(9000)
    expect(timeLeftToLoad({ read: 990, total: 1000, startedAt: 0 }, 990)).toBe(10)
    expect(timeLeftToLoad({ read: 0, total: 1000, startedAt: 0 }, 500)).toBe(Infinity)
    expect(timeLeftToLoad({ read: 1200, total: 1000, startedAt: 0 }, 500)).toBe(0)
  })

  it('reads every entry, and a search after it says nothing of a load', async () => {
    const { index } = await searchMemory(payload)
    Object.assign(memory(), { snapshot: null, dirty: false, loading: null, firstLoad: null })
    warmSearchMemory(payload)
    expect(memory().firstLoad, 'the load does not say how far it is').not.toBeNull()
    await memory().loading
    const fresh = await searchMemory(payload)
    expect(fresh.index).not.toBe(index)
    expect(fresh.index.size).toBe(index.size)
    expect(fresh.loading).toBeNull()
    expect((await search('khai sinh')).indexing).toBeNull()
    // Procedures first: they are what a search just after a start finds.
    const types = fresh.index.entries.flatMap((entry) => (entry ? [entry.type] : []))
    const procedures = types.filter((type) => type === 'procedures').length
    expect(procedures).toBeGreaterThan(0)
    expect(
      types.slice(0, procedures).every((type) => type === 'procedures'),
      'an entry of another type read before a procedure',
    ).toBe(true)
  })

  it('searches the commonest words of each language once loaded, whoever started the load (warmSearch), outside the search metrics', async () => {
    Object.assign(memory(), { snapshot: null, dirty: false, loading: null, firstLoad: null })
    // The warm-up registered by search/query.ts, watched: this load's run, apart from any earlier test's.
    const registered = memory().afterFirstLoad!
    let warming: Promise<void> | undefined
    memory().afterFirstLoad = (...args) => (warming = registered(...args))
    const info = vi.spyOn(payload.logger, 'info')
    const histogramCount = async () =>
      (await metrics().search.get()).values.find((value: { metricName?: string }) => value.metricName?.endsWith('_count'))?.value ?? 0
    const before = await histogramCount()
    try {
      // A search starts the load here (the server's start-up health check does in production).
      await search('khai sinh')
      await vi.waitFor(() => expect(warming, 'no warm-up after the first load').toBeDefined())
      info.mockClear()
      await warming
      // 8 words and 7 pairs per language at most.
      const [message] = info.mock.calls.map(([each]) => String(each)).filter((each) => each.startsWith('search: warmed up by'))
      const searches = Number(/by (\d+) searches/.exec(message ?? '')?.[1])
      expect(searches).toBeGreaterThan(2)
      expect(searches).toBeLessThanOrEqual(30)
    } finally {
      memory().afterFirstLoad = registered
      info.mockRestore()
    }
    expect(await histogramCount(), 'the warm-up counted in the search metrics').toBe(before + 1)
    const { vi: words } = (await searchMemory(payload)).index
    const commonest = words.commonest(3)
    expect(commonest).toHaveLength(3)
    const rest = words.vocabulary().filter((word) => !commonest.includes(word))
    expect(commonest.map((word) => words.frequency(word))).toEqual(commonest.map((word) => words.frequency(word)).sort((a, b) => b - a))
    expect(words.frequency(commonest[2])).toBeGreaterThanOrEqual(Math.max(...rest.map((word) => words.frequency(word))))
  })

  it('lists every id once, in order, a page after the last id of the one before (one read on MongoDB)', async () => {
    const pages: { id: string | number }[][] = []
    for await (const page of idPages(payload, 7)) pages.push(page)
    const { docs } = await payload.find({ collection: SEARCH_INDEX_SLUG, select: { type: true }, sort: 'id', pagination: false, depth: 0 })
    const listed = pages.flat().map((each) => String(each.id))
    if (onMongo) {
      // One read there (search/memory.ts idPages): every id once, in no set order.
      expect([...listed].sort()).toEqual(docs.map((doc) => String(doc.id)).sort())
      return
    }
    expect(pages.length).toBe(Math.floor(docs.length / 7) + 1)
    expect(listed).toEqual(docs.map((doc) => String(doc.id)))
  })
})

describe('the JSON endpoint refuses bad parameters with a reason', () => {
  const parse = (query: string) => parseSearchParams(new URLSearchParams(query))
  it.each([
    ['', 'q'],
    ['q=a'.padEnd(300, 'a'), 'q'],
    ['q=x&type=users', 'type'],
    ['q=x&type=search-queries', 'type'],
    ['q=x&page=0', 'page'],
    ['q=x&page=-1', 'page'],
    ['q=x&page=abc', 'page'],
    ['q=x&page=1e3', 'page'],
    ['q=x&page=99999999', 'page'],
    ['q=x&limit=1000', 'limit'],
    ['q=x&locale=fr', 'locale'],
  ])('%s → 400 on %s', (query, field) => {
    const parsed = parse(query)
    expect('errors' in parsed && parsed.errors.map((error) => error.field)).toContain(field)
  })

  it('accepts script tags and invalid UTF-8 as plain text to search for', async () => {
    const parsed = parse('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&page=1&locale=en&type=news')
    expect('params' in parsed && parsed.params).toMatchObject({ q: '<script>alert(1)</script>', locale: 'en', type: 'news' })
    const result = await runSearch(payload, { q: '\uFFFD(\u0000', locale: 'vi' })
    expect(result.totalDocs).toBe(0)
  })
})
