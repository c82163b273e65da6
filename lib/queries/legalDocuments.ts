import type { Payload, Where } from 'payload'

import { EFFECT_STATUSES } from '@/domain/legalDocuments/vocabulary'
import { effectStatusFromDates } from '@/domain/legalDocuments/effectStatus'
import { issueYear } from '@/domain/legalDocuments/numbers'
import type { Locale } from '@/i18n/routing'
import type { DocumentRelation, LegalDocument } from '@/payload-types'
import { type Reads, tags } from '@/cms/cacheTags'
import type { ListPage } from '@/domain/listPage'
import { detailQuery } from './bySlug'
import { cachedQuery, combinationTags } from './cached'
import { populated } from './populated'

const SUMMARY = {
  number: true,
  title: true,
  slug: true,
  documentType: true,
  issuedAt: true,
  issuedAtPrecision: true,
  status: true,
  statusSetByEditor: true,
  effectiveFrom: true,
  effectiveUntil: true,
  issuer: true,
  issuerNameAtTime: true,
} as const

export type LegalDocumentSummary = Pick<LegalDocument, 'id' | keyof typeof SUMMARY>

/** Legal effect today: as the editor set it, or from the dates (pages regenerate daily). */
export const currentEffect = (document: Pick<LegalDocument, 'status' | 'statusSetByEditor' | 'effectiveFrom' | 'effectiveUntil'>) =>
  document.statusSetByEditor ? document.status : effectStatusFromDates(document)

export const DOCUMENTS_PAGE_SIZE = 20

export type DocumentFilters = { type: string; issuer: string; year: string; status: string }

/** No filter chosen: the whole list. */
export const NO_DOCUMENT_FILTERS: DocumentFilters = { type: '', issuer: '', year: '', status: '' }

const VIETNAM_OFFSET = '+07:00'

/** Documents whose legal effect today is `status`: as the editor set it, or as the dates give it (see currentEffect). */
function effectWhere(status: string, now: string): Where {
  const setByEditor: Where = { and: [{ statusSetByEditor: { equals: true } }, { status: { equals: status } }] }
  const fromDates: Where[] = [{ or: [{ statusSetByEditor: { equals: false } }, { statusSetByEditor: { exists: false } }] }]
  const notExpired: Where = { or: [{ effectiveUntil: { exists: false } }, { effectiveUntil: { greater_than: now } }] }
  if (status === 'expired') fromDates.push({ effectiveUntil: { less_than_equal: now } })
  else if (status === 'not-yet-effective') fromDates.push({ effectiveFrom: { greater_than: now } }, notExpired)
  else if (status === 'effective') fromDates.push({ effectiveFrom: { less_than_equal: now } }, notExpired)
  else return setByEditor
  return { or: [setByEditor, { and: fromDates }] }
}

/** The filters of the document list as a query, run by the database (no list is loaded whole). */
function documentsWhere(filters: DocumentFilters, issuers: string[], now: string): Where {
  const and: Where[] = []
  if (filters.type) and.push({ documentType: { equals: filters.type } })
  if (filters.issuer) and.push({ issuer: { in: issuers } })
  if (/^\d{4}$/.test(filters.year)) {
    const year = Number(filters.year)
    and.push({ issuedAt: { greater_than_equal: `${year}-01-01T00:00:00${VIETNAM_OFFSET}` } })
    and.push({ issuedAt: { less_than: `${year + 1}-01-01T00:00:00${VIETNAM_OFFSET}` } })
  } else if (filters.year) and.push({ id: { exists: false } })
  if (filters.status) and.push(effectWhere(filters.status, now))
  return { and }
}

/** Today in Vietnam: the legal effect of a document changes at midnight there, so cached pages are keyed by it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())

/**
 * A body and every body it succeeded (renamed or merged into it, at any remove): the issuer filter
 * finds a body's documents under its former names too.
 */
async function withPredecessors(payload: Payload, agency: string): Promise<string[]> {
  const found = new Set([agency])
  let frontier = [agency]
  for (let remove = 0; frontier.length > 0 && remove < 10; remove++) {
    const { docs } = await payload.find({
      collection: 'agencies',
      where: { successor: { in: frontier } },
      pagination: false,
      depth: 0,
      select: { successor: true },
      overrideAccess: false,
    })
    frontier = docs.map((doc) => String(doc.id)).filter((id) => !found.has(id))
    for (const id of frontier) found.add(id)
  }
  return [...found]
}

/** The list's query for `filters`, as of now: its pages and its count run the same one. */
async function listWhere(payload: Payload, filters: DocumentFilters): Promise<Where> {
  const issuers = filters.issuer ? await withPredecessors(payload, filters.issuer) : []
  return documentsWhere(filters, issuers, new Date().toISOString())
}

/** What the list reads under `filters`: the issuer filter follows the agencies' successions. */
const listReads = (filters: DocumentFilters): Reads => ({
  collection: 'legal-documents',
  also: [tags.collection('agencies'), ...combinationTags(filters)],
})

const documentPage = cachedQuery<[Locale, DocumentFilters, number, string], ListPage<LegalDocumentSummary>>(
  'legal-documents:page',
  (_locale, filters) => listReads(filters),
  async (payload, locale: Locale, filters: DocumentFilters, page: number, _day: string): Promise<ListPage<LegalDocumentSummary>> => {
    const result = await payload.find({
      collection: 'legal-documents',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: DOCUMENTS_PAGE_SIZE,
      page,
      sort: '-issuedAt',
      select: SUMMARY,
      where: await listWhere(payload, filters),
    })
    return { items: result.docs, page, totalPages: result.totalPages, total: result.totalDocs }
  },
)

/** One page of published documents, newest first, filtered by type, issuer, year of issue and legal effect (as of today). */
export const getLegalDocumentPage = (locale: Locale, filters: DocumentFilters, page: number) => documentPage(locale, filters, page, today())

const documentCount = cachedQuery<[DocumentFilters, string], number>(
  'legal-documents:count',
  listReads,
  async (payload, filters: DocumentFilters, _day: string): Promise<number> =>
    (await payload.count({ collection: 'legal-documents', overrideAccess: false, where: await listWhere(payload, filters) })).totalDocs,
)

/**
 * How many published documents match the filters (as of today): the list's page count
 * (lib/listPages.ts) without reading a page of them. The same in every language (no filter reads a
 * localized field), so counted once for both.
 */
export const countLegalDocuments = (filters: DocumentFilters) => documentCount(filters, today())

export type DocumentFilterOptions = { types: string[]; issuers: { id: string; name: string }[]; years: string[] }

/** What the document filters offer: every type, issuer and year of issue among all published documents. */
export const getLegalDocumentFilterOptions = cachedQuery(
  'legal-documents:filter-options',
  // The issuers' names are read from agencies.
  { collection: 'legal-documents', also: [tags.collection('agencies')] },
  async (payload, locale: Locale): Promise<DocumentFilterOptions> => {
    const distinct = async (field: 'documentType' | 'issuer' | 'issuedAt') => {
      const { values } = await payload.findDistinct({ collection: 'legal-documents', field, overrideAccess: false, depth: 0, locale })
      return values.map((value) => value[field]).filter((value): value is string => typeof value === 'string' && value !== '')
    }
    const [types, issuerIds, dates] = await Promise.all([distinct('documentType'), distinct('issuer'), distinct('issuedAt')])
    // The issuers, and the bodies that succeeded them (renamed or merged): choosing today's body finds
    // the documents of its former ones too.
    const issuers: { id: string | number; name?: string | null }[] = []
    let frontier = issuerIds
    for (let remove = 0; frontier.length > 0 && remove < 10; remove++) {
      const { docs } = await payload.find({
        collection: 'agencies',
        locale,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        where: { id: { in: frontier } },
        select: { name: true, successor: true },
      })
      issuers.push(...docs)
      const known = new Set(issuers.map((issuer) => String(issuer.id)))
      frontier = docs
        .map((doc) => (doc.successor ? String(typeof doc.successor === 'object' ? doc.successor.id : doc.successor) : ''))
        .filter((id) => id && !known.has(id))
    }
    const years = [...new Set(dates.map((date) => String(issueYear(date))))].sort().reverse()
    return { types, issuers: issuers.map((issuer) => ({ id: String(issuer.id), name: issuer.name ?? '' })), years }
  },
)

/** The values each document filter offers (filter → values), from its options: what the list's form shows, and all the list reads. */
export const documentFilterValues = (options: DocumentFilterOptions): Record<keyof DocumentFilters, string[]> => ({
  type: options.types,
  issuer: options.issuers.map(({ id }) => id),
  year: options.years,
  status: EFFECT_STATUSES.map(({ value }) => value),
})

/** documentFilterValues of the options in `locale`. */
export const offeredDocumentFilters = async (locale: Locale) => documentFilterValues(await getLegalDocumentFilterOptions(locale))

export const getLegalDocumentBySlug = detailQuery('legal-documents', {
  // Depth 2: the issuer and its successor ("nay là …" follows the whole chain: getCurrentSuccessor).
  depth: 2,
  populate: { agencies: { name: true, successor: true }, media: { url: true, filename: true, alt: true, mimeType: true, filesize: true } },
  translatable: ['title', 'summary', 'fullText', 'signerTitle', 'issuerNameAtTime', 'expiryReason'],
})

/** How many renamings and mergers "nay là …" follows at most (a guard: a real chain is a few). */
const SUCCESSION_LIMIT = 20

/**
 * What a body is called now ("nay là …"): the end of its chain of renamings and mergers (A → B → C
 * gives C), or null when it has no successor. A chain that comes back to a body already met (a loop an
 * editor's mistake could make) names nobody rather than a body that is not the current one.
 */
export async function currentSuccessor(payload: Payload, agency: string, locale: Locale): Promise<{ id: string; name: string } | null> {
  const seen = new Set([agency])
  let current: { id: string; name: string } | null = null
  let next = agency
  for (let step = 0; step <= SUCCESSION_LIMIT; step++) {
    const doc = await payload.findByID({
      collection: 'agencies',
      id: next,
      locale,
      depth: 0,
      select: { name: true, successor: true },
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) return current
    if (next !== agency) current = { id: String(doc.id), name: doc.name ?? '' }
    const successor = doc.successor ? String(typeof doc.successor === 'object' ? doc.successor.id : doc.successor) : null
    if (!successor) return current
    if (seen.has(successor)) return null
    seen.add(successor)
    next = successor
  }
  return null
}

/** currentSuccessor, cached until an agency changes. */
export const getCurrentSuccessor = cachedQuery('agencies:current-successor', { collection: 'agencies' }, currentSuccessor)

export type RelatedDocument = { relation: DocumentRelation; other: LegalDocumentSummary; direction: 'outgoing' | 'incoming' }

const RELATION_POPULATE = { 'legal-documents': SUMMARY }
/** What a document page's relations read (exported for the test that writers and readers agree). */
export const RELATION_READS = { collection: 'document-relations', populate: RELATION_POPULATE }

/**
 * Relations of a document in both directions, with the other (published) document of each; expired by
 * a change to any relation or any document (the other's title, number or publication).
 */
export const getDocumentRelations = cachedQuery(
  'legal-documents:relations',
  RELATION_READS,
  async (payload, documentId: string, locale: Locale): Promise<RelatedDocument[]> => {
    const { docs } = await payload.find({
      collection: 'document-relations',
      locale,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      where: { or: [{ source: { equals: documentId } }, { target: { equals: documentId } }] },
      populate: RELATION_POPULATE,
    })
    return docs.flatMap((relation): RelatedDocument[] => {
      const direction = populated(relation.source)?.id === documentId ? 'outgoing' : 'incoming'
      const other = populated(direction === 'outgoing' ? relation.target : relation.source)
      return other ? [{ relation, other: other as LegalDocumentSummary, direction }] : []
    })
  },
)

export type CitingProcedure = { id: string; code: string; name: string; slug: string }

/** Every published procedure that names a document as its legal basis or announcement decision, by code (none left out). */
export const getProceduresCiting = cachedQuery(
  'legal-documents:procedures-citing',
  { collection: 'procedures' },
  async (payload, id: string, locale: Locale) => {
    const { docs } = await payload.find({
      collection: 'procedures',
      locale,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'code',
      select: { code: true, name: true, slug: true },
      where: { or: [{ legalBasisDocuments: { in: [id] } }, { announcementDecision: { equals: id } }] },
    })
    return docs.map((doc): CitingProcedure => ({ id: String(doc.id), code: doc.code, name: doc.name ?? '', slug: doc.slug ?? '' }))
  },
)
