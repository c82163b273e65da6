import type { CollectionSlug } from 'payload'

import type { DatePrecision } from '@/i18n/format'
import type { ContactPoint, Guide, LegalDocument, News, Page, Procedure } from '@/payload-types'

/** The search plugin's collection (search/plugin.ts): /api/search stays the public search. */
export const SEARCH_INDEX_SLUG = 'search-index'

/** What the search index takes from a document of one collection, in one locale. */
type Source<T> = {
  title: (doc: T) => string | null | undefined
  /** Numbers and codes matched leniently ("13 ct ttg" = "13/CT-TTg"). */
  keys?: (doc: T) => (string | null | undefined)[]
  /** Everything else worth finding, most telling first (the excerpt comes from here). */
  body: (doc: T) => unknown[]
  /** Newest first among equals. */
  date: (doc: T) => string | null | undefined
  /** How much of the date is known, when less than the day (a document dated by its year only). */
  datePrecision?: (doc: T) => DatePrecision | null | undefined
}

const source = <T>(definition: Source<T>) => definition as Source<unknown>

/** The collections the public search covers, with how each is read. */
export const SEARCH_SOURCES = {
  procedures: source<Procedure>({
    title: (doc) => doc.name,
    keys: (doc) => [doc.code],
    body: (doc) => [
      doc.description,
      doc.applicants,
      doc.steps,
      doc.dossierCases,
      doc.requirements,
      doc.result,
      doc.receivingAddress,
      doc.legalBasis,
      doc.field,
      doc.keywords,
    ],
    date: (doc) => doc.updatedAt,
  }),
  'legal-documents': source<LegalDocument>({
    title: (doc) => [doc.number, doc.title].filter(Boolean).join(' '),
    keys: (doc) => [doc.number],
    body: (doc) => [doc.summary, doc.issuerNameAtTime, doc.topics, doc.fullText],
    date: (doc) => doc.issuedAt,
    datePrecision: (doc) => doc.issuedAtPrecision,
  }),
  news: source<News>({
    title: (doc) => doc.title,
    body: (doc) => [doc.excerpt, doc.body],
    date: (doc) => doc.publishedAt,
  }),
  guides: source<Guide>({
    title: (doc) => doc.title,
    body: (doc) => [doc.summary, doc.steps],
    date: (doc) => doc.updatedAt,
  }),
  'contact-points': source<ContactPoint>({
    title: (doc) => doc.name,
    keys: (doc) => (doc.phones ?? []).map((phone) => phone.number),
    body: (doc) => [doc.description, doc.phones, doc.email, doc.address, doc.hours],
    date: (doc) => doc.updatedAt,
  }),
  pages: source<Page>({
    title: (doc) => doc.title,
    body: (doc) => [doc.summary, doc.body],
    date: (doc) => doc.updatedAt,
  }),
} satisfies Partial<Record<CollectionSlug, Source<unknown>>>

export type SearchType = keyof typeof SEARCH_SOURCES
export const SEARCH_TYPES = Object.keys(SEARCH_SOURCES) as SearchType[]
export const isSearchType = (value: unknown): value is SearchType => SEARCH_TYPES.includes(value as SearchType)
