import type { Payload, PayloadRequest } from 'payload'

import type { DatePrecision } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'
import { compactKey, foldedWords, toNfc } from '@/domain/search/normalize'
import { plainText } from '@/domain/plainText'
import { SEARCH_SOURCES, type SearchType } from './sources'

/** Longest text kept per language: enough for any real page, bounded for the database. */
const MAX_TEXT = 20_000

/**
 * What the stored fields of an entry mean. Raised when they change; entries of an older version are
 * rebuilt at the next migrate (search/rebuild.ts refreshSearchIndex).
 */
export const SEARCH_INDEX_VERSION = 2

/** Folded words between single spaces, with a space at each end: " thu tuc hanh chinh ". */
export function matchText(text: string): string {
  return ` ${foldedWords(text).join(' ')} `
}

/** The fields of one search-index entry, as stored. */
export type SearchFields = {
  /** The plugin's own title field: the Vietnamese title, as the admin lists entries. */
  title: string
  type: SearchType
  slug: string
  date: string | null
  datePrecision: DatePrecision
  /** Compact numbers and codes, and reference keys, between spaces: " 422022ndcp r:42:nghidinh ". */
  keys: string
  titleVi: string
  titleEn: string
  textVi: string
  textEn: string
  /** Folded words of the title, of the summary (the first part of the text), and of the whole text. */
  matchTitleVi: string
  matchTitleEn: string
  matchSummaryVi: string
  matchSummaryEn: string
  matchVi: string
  matchEn: string
  version: number
}

type Doc = Record<string, unknown> & { slug?: string | null }

function localeFields(type: SearchType, doc: Doc, locale: Locale) {
  const source = SEARCH_SOURCES[type]
  // NFC, so that highlight offsets (computed on NFC) fit text typed in decomposed form.
  const title = toNfc(plainText(source.title(doc, locale)).replace(/\s+/g, ' ').trim())
  const parts = source.body(doc, locale).map(plainText).filter(Boolean)
  // Fields and paragraphs read as separate phrases in an excerpt.
  const text = toNfc(parts.join('\n').replace(/\s*\n\s*/g, ' · ')).slice(0, MAX_TEXT)
  return { title, text, matchTitle: matchText(title), matchSummary: matchText((parts[0] ?? '').slice(0, MAX_TEXT)), match: matchText(text) }
}

/**
 * A document as the search index holds it, read in both languages (English falls back to Vietnamese
 * where untranslated). Reads go through `req` so they see the save in progress; `req.locale` is put
 * back afterwards because a Local API call with another locale switches the request's own.
 */
export async function searchFields(payload: Payload, type: SearchType, id: string, req?: PayloadRequest): Promise<SearchFields> {
  const read = async (locale: Locale) => {
    const saved = req ? { locale: req.locale, fallbackLocale: req.fallbackLocale } : null
    try {
      return (await payload.findByID({ collection: type, id, locale, depth: 0, draft: false, overrideAccess: true, req })) as unknown as Doc
    } finally {
      if (req && saved) Object.assign(req, saved)
    }
  }
  const [viDoc, enDoc] = [await read('vi'), await read('en')]
  const vi = localeFields(type, viDoc, 'vi')
  const en = localeFields(type, enDoc, 'en')
  const source = SEARCH_SOURCES[type]
  const keys = [
    ...(source.keys?.(viDoc) ?? []).map((key) => (key ? compactKey(key) : '')).filter(Boolean),
    ...(source.references?.(viDoc) ?? []),
  ]
  return {
    title: vi.title,
    type,
    slug: source.slug?.(viDoc) ?? viDoc.slug ?? '',
    date: source.date(viDoc) ?? null,
    datePrecision: source.datePrecision?.(viDoc) ?? 'day',
    keys: keys.length ? ` ${keys.join(' ')} ` : '',
    titleVi: vi.title,
    titleEn: en.title,
    textVi: vi.text,
    textEn: en.text,
    matchTitleVi: vi.matchTitle,
    matchTitleEn: en.matchTitle,
    matchSummaryVi: vi.matchSummary,
    matchSummaryEn: en.matchSummary,
    matchVi: vi.match,
    matchEn: en.match,
    version: SEARCH_INDEX_VERSION,
  }
}
