import type { Payload } from 'payload'

import { hrefOf } from '@/domain/paths'
import type { DatePrecision } from '@/i18n/format'
import { type Href, type Locale, localizedPath } from '@/i18n/routing'
import { type Excerpt, excerptAround, highlightRanges, mergeRanges, searchTokens, type TextRange, toNfc } from '@/domain/search/normalize'
import { metrics } from '@/scripts/metrics.mjs'
import { requestsFirst } from '@/cms/requestsFirst'
import { afterFirstLoad, searchMemory } from './memory'
import type { LangIndex, MemoryIndex } from './memoryIndex'
import { type Lexicon, type Plan, planQuery, suggestion } from './plan'
import { best, countByType, ofType, type Ranked, rank } from './rank'
import { SEARCH_INDEX_SLUG, SEARCH_TYPES, type SearchType, TYPE_ORDER } from './sources'

export type SearchHit = {
  id: string
  type: SearchType
  title: string
  titleRanges: TextRange[]
  url: string
  excerpt: Excerpt
  date: string | null
  datePrecision: DatePrecision
}

/** Shaped like a Payload list (docs, totalDocs, page, totalPages…), plus the count of matches per type. */
export type SearchResult = {
  docs: SearchHit[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
  counts: Record<SearchType, number>
  query: string
  type: SearchType | null
  /** The query as read or corrected ("dduwowngf" → "đường", "khai sihn" → "khai sinh"), when it was. */
  suggestion: string | null
  /** Just after a start, while the index is still being read: how many of its entries the results come from. */
  indexing: { loaded: number; total: number } | null
}

export type SearchParams = { q: string; type?: SearchType | null; page?: number; limit?: number; locale: Locale }

const newestFirst = (a?: string | null, b?: string | null) => ((a ?? '') < (b ?? '') ? 1 : (a ?? '') > (b ?? '') ? -1 : 0)

const emptyCounts = () => Object.fromEntries(SEARCH_TYPES.map((type) => [type, 0])) as Record<SearchType, number>

/** Where a result leads: its own page, or the place on a shared page that shows it. */
function urlOf(type: SearchType, slug: string, docId: string, locale: Locale): string {
  switch (type) {
    case 'contact-points':
      return `${localizedPath('/duong-day-nong', locale)}#contact-${docId}`
    case 'feedback':
      return `${localizedPath('/phan-anh-kien-nghi/hoi-dap', locale)}?${new URLSearchParams({ 'cau-hoi': docId })}`
    case 'index-results':
      return `${localizedPath('/chi-so', locale)}#index-${slug}`
    case 'agencies':
      return `${localizedPath('/thu-tuc-hanh-chinh', locale)}?${new URLSearchParams({ agency: docId })}`
    default:
      return localizedPath(hrefOf[type](slug) as Href, locale)
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Highlights of the words matched: whole words, and the one being typed as the start of a word. */
function matchRanges(text: string, highlight: Plan['highlight']): TextRange[] {
  const nfc = text.normalize('NFC')
  const whole = highlightRanges(nfc, highlight.words).filter(([, end]) => !WORD_CHAR.test(nfc[end] ?? ''))
  return mergeRanges([...whole, ...highlightRanges(nfc, highlight.prefixes)])
}

const lexiconOf = (words: LangIndex): Lexicon => ({
  term: words.term,
  has: (word) => words.frequency(word) > 0,
  frequency: (word) => words.frequency(word),
  completions: (prefix, limit) => words.completions(prefix, limit),
  nearby: (word, max, limit) => words.nearby(word, max, limit),
})

/**
 * The public search over the search-index collection (Payload's search plugin), answered from memory
 * (search/memory.ts): the query planned (search/plan.ts: Telex and VNI, synonyms, generic words,
 * completions, slips, references), ranked (search/rank.ts: BM25-like), then by type and date.
 * Published documents and public answers only: the index holds nothing else.
 */
export async function runSearch(payload: Payload, params: SearchParams): Promise<SearchResult> {
  const started = performance.now()
  try {
    return await search(payload, params)
  } finally {
    metrics().search.observe((performance.now() - started) / 1000)
  }
}

/** How many of each language's commonest words are searched after the index's first load (warmSearch). */
const WARM_UP_WORDS = 8

/**
 * Once the index's first load has ended (search/memory.ts afterFirstLoad), searches each language's
 * commonest words, alone and two by two, letting requests go first between searches
 * (cms/requestsFirst.ts): the first citizens' searches after a start would otherwise pay for compiling
 * the ranking code and for the scores of the words most entries hold (at 50,000 entries, a p95 of
 * 56–59 ms for the first 200 searches after a load, 35–38 ms for the next 200). Not counted in the
 * search metrics, nor in the editors' query statistics.
 */
export async function warmSearch(payload: Payload, { index }: { index: MemoryIndex }): Promise<void> {
  try {
    const started = Date.now()
    const turn = requestsFirst()
    let searches = 0
    for (const locale of ['vi', 'en'] as const) {
      const words = index[locale].commonest(WARM_UP_WORDS)
      for (const q of [...words, ...words.slice(1).map((word, at) => `${words[at]} ${word}`)]) {
        await search(payload, { q, locale })
        searches++
        await turn()
      }
    }
    payload.logger.info(`search: warmed up by ${searches} searches in ${Date.now() - started} ms`)
  } catch (error) {
    payload.logger.warn(`search: warming up after the load failed (${(error as Error).message})`)
  }
}
afterFirstLoad(warmSearch)

async function search(payload: Payload, { q, type = null, page = 1, limit = 10, locale }: SearchParams): Promise<SearchResult> {
  const counts = emptyCounts()
  const empty: SearchResult = {
    docs: [],
    totalDocs: 0,
    limit,
    page,
    totalPages: 0,
    hasPrevPage: false,
    hasNextPage: false,
    prevPage: null,
    nextPage: null,
    counts,
    query: q,
    type,
    suggestion: null,
    indexing: null,
  }
  if (!searchTokens(q).length) return empty

  const lang = locale === 'en' ? 'en' : 'vi'
  const { index, synonyms, loading } = await searchMemory(payload)
  const words = index[lang]
  const lexicon = lexiconOf(words)
  const plan = planQuery(q, lang, lexicon, synonyms)
  const candidates = rank(index, lang, plan)
  Object.assign(counts, countByType(index, candidates))
  if (!candidates.count) {
    // Nothing at one slip: offer what the index holds two slips away (for a few words of ordinary length: each is a pass over the vocabulary).
    const unknown = searchTokens(q).filter(
      (token) => token.length >= 3 && token.length <= 20 && !lexicon.has(token) && !plan.corrections.has(token),
    )
    for (const token of unknown.slice(0, 3)) {
      const [near] = lexicon.nearby(token, 2, 1)
      if (near) plan.corrections.set(token, { folded: near })
    }
  }
  const written = (word: string) => words.written(word)

  const entryOf = (each: Ranked) => index.entries[each.slot]!
  const order = (a: Ranked, b: Ranked) =>
    a.tier - b.tier ||
    b.score - a.score ||
    TYPE_ORDER[entryOf(a).type] - TYPE_ORDER[entryOf(b).type] ||
    newestFirst(entryOf(a).date, entryOf(b).date)
  const totalDocs = type ? counts[type] : candidates.count
  const totalPages = Math.ceil(totalDocs / limit)
  // A page past the end (an old link, a typed URL) shows the last one.
  page = Math.max(1, Math.min(page, totalPages))
  const ranked = best(index, candidates, type ? ofType(index, type) : null, page * limit, order)
  const pageIds = ranked.slice((page - 1) * limit, page * limit).map((each) => entryOf(each).id)
  const docs = pageIds.length ? await hits(payload, pageIds, plan.highlight, locale) : []
  return {
    ...empty,
    page,
    docs,
    totalDocs,
    totalPages,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
    suggestion: suggestion(q, plan, written),
    indexing: loading,
  }
}

const EXCERPT_FROM = 6000

/** A window of the text starting a little before the first real match (by the matching rule), highlighted. */
function excerptOf(text: string, highlight: Plan['highlight'], length = 220): Excerpt {
  // The excerpt comes from the first part of a text: folding and searching 20,000 characters for each
  // result of each page would cost more than the search itself.
  const clean = toNfc(text.slice(0, EXCERPT_FROM)).replace(/\s+/g, ' ').trim()
  const [first] = matchRanges(clean, highlight)
  if (!first) return excerptAround(clean, [...highlight.words, ...highlight.prefixes], length)
  let start = Math.max(0, first[0] - 60)
  if (start > 0) start = clean.indexOf(' ', start) + 1 || first[0]
  if (start > first[0]) start = first[0]
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > first[1] ? clean.lastIndexOf(' ', end) : end
  const window = `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`
  return { text: window, ranges: matchRanges(window, highlight) }
}

/** The results of one page, in rank order, with their highlighted title and excerpt. */
async function hits(payload: Payload, ids: string[], highlight: Plan['highlight'], locale: Locale): Promise<SearchHit[]> {
  const lang = locale === 'en' ? 'En' : 'Vi'
  const { docs } = await payload.find({
    collection: SEARCH_INDEX_SLUG,
    where: { id: { in: ids } },
    select: { type: true, slug: true, date: true, datePrecision: true, doc: true, [`title${lang}`]: true, [`text${lang}`]: true },
    limit: ids.length,
    depth: 0,
  })
  const byId = new Map((docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    if (!doc) return []
    const type = doc.type as SearchType
    const title = String(doc[`title${lang}`] ?? '')
    const target = doc.doc as { value: string | { id: string } } | undefined
    const docId = typeof target?.value === 'object' ? target.value.id : String(target?.value ?? '')
    return [
      {
        id,
        type,
        title,
        titleRanges: matchRanges(title, highlight),
        url: urlOf(type, String(doc.slug ?? ''), docId, locale),
        excerpt: excerptOf(String(doc[`text${lang}`] ?? ''), highlight),
        date: (doc.date as string | null) ?? null,
        datePrecision: (doc.datePrecision as DatePrecision | null) ?? 'day',
      },
    ]
  })
}
