import type { Payload } from 'payload'

import { hrefOf } from '@/domain/paths'
import type { DatePrecision } from '@/i18n/format'
import { type Href, type Locale, localizedPath } from '@/i18n/routing'
import {
  compactKey,
  type Excerpt,
  excerptAround,
  highlightRanges,
  looksLikeCode,
  mergeRanges,
  searchTokens,
  type TextRange,
  toNfc,
} from './normalize'
import { findEntries } from './memory'
import { SEARCH_INDEX_SLUG, SEARCH_TYPES, type SearchType } from './sources'

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
}

export type SearchParams = { q: string; type?: SearchType | null; page?: number; limit?: number; locale: Locale }

/** Among results of the same strength: what citizens look for most comes first. */
const TYPE_ORDER: Record<SearchType, number> = { procedures: 0, guides: 1, 'legal-documents': 2, 'contact-points': 3, pages: 4, news: 5 }

const newestFirst = (a?: string | null, b?: string | null) => ((a ?? '') < (b ?? '') ? 1 : (a ?? '') > (b ?? '') ? -1 : 0)

const emptyCounts = () => Object.fromEntries(SEARCH_TYPES.map((type) => [type, 0])) as Record<SearchType, number>

function urlOf(type: SearchType, slug: string, docId: string, locale: Locale): string {
  if (type === 'contact-points') return `${localizedPath('/duong-day-nong', locale)}#contact-${docId}`
  return localizedPath(hrefOf[type](slug) as Href, locale)
}

type Candidate = { id: string; type: SearchType; keys?: string | null; title: string; date?: string | null }

/**
 * Strength of a match, lower is stronger: the exact number or code, a code it begins, the words in
 * the title in order, all words in the title, the words anywhere.
 */
function strength(candidate: Candidate, code: string | null, phrase: string, patterns: string[]): number {
  if (code && candidate.keys?.includes(` ${code} `)) return 0
  if (code && candidate.keys?.includes(` ${code}`)) return 1
  if (candidate.title.includes(phrase)) return 2
  if (patterns.every((pattern) => candidate.title.includes(pattern))) return 3
  return 4
}

/**
 * How each word is matched in the folded text (" word word "): whole words, except the last one,
 * which may be the start of a word still being typed ("khai si" finds "khai sinh").
 */
const wordPatterns = (tokens: string[]) => tokens.map((token, index) => (index < tokens.length - 1 ? ` ${token} ` : ` ${token}`))

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Highlights that follow the same rule: whole words, the last one possibly as a prefix. */
function matchRanges(text: string, tokens: string[]): TextRange[] {
  const nfc = text.normalize('NFC')
  return mergeRanges(
    tokens.flatMap((token, index) =>
      highlightRanges(nfc, [token]).filter(([, end]) => index === tokens.length - 1 || !WORD_CHAR.test(nfc[end] ?? '')),
    ),
  )
}

/**
 * The public search over the search-index collection (Payload's search plugin): diacritics- and
 * case-insensitive word-prefix matching on folded text, lenient numbers and codes, ranked by strength,
 * then type, then date. Published documents only (the index holds nothing else).
 */
export async function runSearch(payload: Payload, { q, type = null, page = 1, limit = 10, locale }: SearchParams): Promise<SearchResult> {
  const tokens = searchTokens(q)
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
  }
  if (!tokens.length) return empty

  const lang = locale === 'en' ? 'En' : 'Vi'
  const code = looksLikeCode(q) ? compactKey(q) : null
  const patterns = wordPatterns(tokens)
  const phrase = ` ${tokens.join(' ')}`
  const candidates = (await findEntries(payload, locale === 'en' ? 'en' : 'vi', tokens, code)).map((entry) => {
    const candidate = {
      id: entry.id,
      type: entry.type,
      keys: entry.keys,
      title: lang === 'En' ? entry.matchTitleEn : entry.matchTitleVi,
      date: entry.date,
    }
    counts[entry.type] += 1
    return { ...candidate, strength: strength(candidate, code, phrase, patterns) }
  })

  const ranked = candidates
    .filter((candidate) => !type || candidate.type === type)
    .sort((a, b) => a.strength - b.strength || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || newestFirst(a.date, b.date))
  const totalDocs = type ? counts[type] : candidates.length
  const totalPages = Math.ceil(totalDocs / limit)
  const pageIds = ranked.slice((page - 1) * limit, page * limit).map((candidate) => candidate.id)
  const docs = pageIds.length ? await hits(payload, pageIds, tokens, locale) : []
  return {
    ...empty,
    docs,
    totalDocs,
    totalPages,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

/** A window of the text starting a little before the first real match (by the matching rule), highlighted. */
function excerptOf(text: string, tokens: string[], length = 220): Excerpt {
  const clean = toNfc(text).replace(/\s+/g, ' ').trim()
  const [first] = matchRanges(clean, tokens)
  if (!first) return excerptAround(clean, tokens, length)
  let start = Math.max(0, first[0] - 60)
  if (start > 0) start = clean.indexOf(' ', start) + 1 || first[0]
  if (start > first[0]) start = first[0]
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > first[1] ? clean.lastIndexOf(' ', end) : end
  const window = `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`
  return { text: window, ranges: matchRanges(window, tokens) }
}

/** The results of one page, in rank order, with their highlighted title and excerpt. */
async function hits(payload: Payload, ids: string[], tokens: string[], locale: Locale): Promise<SearchHit[]> {
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
        titleRanges: matchRanges(title, tokens),
        url: urlOf(type, String(doc.slug ?? ''), docId, locale),
        excerpt: excerptOf(String(doc[`text${lang}`] ?? ''), tokens),
        date: (doc.date as string | null) ?? null,
        datePrecision: (doc.datePrecision as DatePrecision | null) ?? 'day',
      },
    ]
  })
}
