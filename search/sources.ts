import type { CollectionSlug, Where } from 'payload'

import { EVENT_KINDS } from '@/collections/Events'
import { INDEX_KINDS } from '@/collections/IndexResults'
import { documentReferences } from '@/domain/search/references'
import { ANSWERED_STATUSES, isAnswered } from '@/feedback/answered'
import type { DatePrecision } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'
import type { Agency, ContactPoint, Event, Feedback, Guide, IndexResult, LegalDocument, News, Page, Procedure } from '@/payload-types'

/** The search plugin's collection (search/plugin.ts): /api/search stays the public search. */
export const SEARCH_INDEX_SLUG = 'search-index'

/** What the search index takes from a document of one collection, in one locale. */
type Source<T> = {
  title: (doc: T, locale: Locale) => string | null | undefined
  /** Numbers and codes matched leniently ("13 ct ttg" = "13/CT-TTg"). */
  keys?: (doc: T) => (string | null | undefined)[]
  /** Reference keys of a document number ("nghị định 42" = 42/2022/NĐ-CP): domain/search/references.ts. */
  references?: (doc: T) => string[]
  /** Everything else worth finding, most telling first: the first is the summary, weighed above the rest. */
  body: (doc: T, locale: Locale) => unknown[]
  /** Where on a shared page it is shown, for a collection without pages of its own (the index of an index result). */
  slug?: (doc: T) => string
  /** Newest first among equals. */
  date: (doc: T) => string | null | undefined
  /** How much of the date is known, when less than the day (a document dated by its year only). */
  datePrecision?: (doc: T) => DatePrecision | null | undefined
  /**
   * For a collection without drafts whose documents are not all public: which are (the public Q&A).
   * Collections with drafts are public once published.
   */
  public?: { is: (doc: T) => boolean; where: Where }
}

const source = <T>(definition: Source<T>) => definition as Source<unknown>

const optionLabel = (list: { value: string; label: Record<Locale, string> }[], value: string | null | undefined, locale: Locale) =>
  list.find((option) => option.value === value)?.label[locale] ?? ''

const yearOf = (date?: string | null) => (date ? Number(date.slice(0, 4)) : null)

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
    references: (doc) => documentReferences({ number: doc.number, documentType: doc.documentType, year: yearOf(doc.issuedAt) }),
    body: (doc) => [doc.summary, doc.issuerNameAtTime, doc.topics, doc.fullText],
    date: (doc) => doc.issuedAt,
    datePrecision: (doc) => doc.issuedAtPrecision,
  }),
  news: source<News>({
    title: (doc) => doc.title,
    body: (doc) => [doc.excerpt, doc.body],
    date: (doc) => doc.publishedAt,
  }),
  events: source<Event>({
    title: (doc) => doc.title,
    body: (doc, locale) => [optionLabel(EVENT_KINDS, doc.kind, locale), doc.place, doc.body],
    date: (doc) => doc.startsAt,
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
  feedback: source<Feedback>({
    // Only the question as rewritten for publication and the answer: never the sender or their message.
    title: (doc) => doc.publicQuestion,
    body: (doc) => [doc.answer],
    date: (doc) => doc.answeredAt,
    public: {
      is: (doc) => Boolean(doc.publishAnswer && isAnswered(doc) && doc.publicQuestion?.trim()),
      where: { and: [{ publishAnswer: { equals: true } }, { status: { in: ANSWERED_STATUSES } }] },
    },
  }),
  'index-results': source<IndexResult>({
    title: (doc, locale) => `${optionLabel(INDEX_KINDS, doc.index, locale)} ${doc.year}`,
    body: (doc) => [doc.note, doc.source],
    slug: (doc) => doc.index,
    date: (doc) => `${doc.year}-12-31`,
    datePrecision: () => 'year',
  }),
  agencies: source<Agency>({
    title: (doc) => doc.name,
    body: (doc) => [doc.shortName, doc.website],
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

/** The rule saying which documents of a collection without drafts are public, where not all are. */
export const publicRule = (type: SearchType) => (SEARCH_SOURCES[type] as Source<unknown>).public ?? null

/** Among results of the same strength: what citizens look for most comes first. */
export const TYPE_ORDER: Record<SearchType, number> = {
  procedures: 0,
  guides: 1,
  'legal-documents': 2,
  'contact-points': 3,
  feedback: 4,
  events: 5,
  'index-results': 6,
  agencies: 7,
  pages: 8,
  news: 9,
}

/** The types in the order the results page lists them. */
export const SEARCH_TYPES_IN_ORDER = [...SEARCH_TYPES].sort((a, b) => TYPE_ORDER[a] - TYPE_ORDER[b])
