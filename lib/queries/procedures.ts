import type { Where } from 'payload'

import { tags } from '@/cms/cacheTags'
import type { ListPage } from '@/domain/listPage'
import { type Locale, routing } from '@/i18n/routing'
import type { Procedure } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery, combinationTags } from './cached'

export type ProcedureSummary = Pick<
  Procedure,
  'id' | 'code' | 'name' | 'slug' | 'field' | 'onlineService' | 'levels' | 'implementingAgency'
> & {
  /** The name is shown in Vietnamese because no translation exists. */
  nameFallback: boolean
}

/** Localized fields whose absence in English the page points out. */
const TRANSLATABLE = [
  'name',
  'field',
  'applicants',
  'receivingAddress',
  'steps',
  'requirements',
  'result',
  'legalBasis',
  'description',
] as const satisfies readonly (keyof Procedure)[]

const LIST_POPULATE = { agencies: { name: true } } as const

const LIST_SELECT = {
  code: true,
  name: true,
  slug: true,
  field: true,
  onlineService: true,
  levels: true,
  implementingAgency: true,
} as const

/** How many procedures a page of a list shows. */
export const PROCEDURES_PAGE_SIZE = 20

/** The filters of the procedure list, as read from the query string ('' when not chosen). */
export type ProcedureFilters = { field: string; level: string; online: string; agency: string }

/** No filter chosen: the whole list. */
export const NO_PROCEDURE_FILTERS: ProcedureFilters = { field: '', level: '', online: '', agency: '' }

/** The kinds of online service a reader can filter by ("none": only in person). */
export const ONLINE_FILTER_VALUES = ['full', 'partial', 'none'] as const

/** `online` of the online services page: a procedure with an online service of either kind. */
export const ANY_ONLINE = 'any'

/** The filters as a query, run by the database: a page reads its own rows, never the whole list. */
function proceduresWhere(filters: ProcedureFilters): Where {
  const and: Where[] = []
  if (filters.field) and.push({ field: { equals: filters.field } })
  if (filters.level) and.push({ levels: { in: [filters.level] } })
  if (filters.online === ANY_ONLINE) and.push({ 'onlineService.level': { in: ['full', 'partial'] } })
  else if (filters.online) and.push({ 'onlineService.level': { equals: filters.online } })
  if (filters.agency) and.push({ implementingAgency: { equals: filters.agency } })
  return { and }
}

/** One page of published procedures matching the filters, sorted by code (public access rules apply). */
export const getProcedurePage = cachedQuery<[Locale, ProcedureFilters, number], ListPage<ProcedureSummary>>(
  'procedures:page',
  (_locale, filters) => ({ collection: 'procedures', populate: LIST_POPULATE, also: combinationTags(filters) }),
  async (payload, locale: Locale, filters: ProcedureFilters, page: number): Promise<ListPage<ProcedureSummary>> => {
    const result = await payload.find({
      collection: 'procedures',
      locale,
      overrideAccess: false,
      limit: PROCEDURES_PAGE_SIZE,
      page,
      sort: 'code',
      where: proceduresWhere(filters),
      select: LIST_SELECT,
      depth: 1,
      populate: LIST_POPULATE,
    })
    // Names with no English translation are marked, read for this page's procedures only.
    const ids = result.docs.map((doc) => doc.id)
    const untranslated =
      locale === 'vi' || ids.length === 0
        ? new Set<string>()
        : new Set(
            (
              await payload.find({
                collection: 'procedures',
                locale,
                fallbackLocale: false,
                overrideAccess: false,
                pagination: false,
                where: { id: { in: ids } },
                select: { name: true },
                depth: 0,
              })
            ).docs
              .filter((doc) => !doc.name)
              .map((doc) => doc.id),
          )
    return {
      items: result.docs.map((doc) => ({ ...doc, nameFallback: untranslated.has(doc.id) })),
      page,
      totalPages: result.totalPages,
      total: result.totalDocs,
    }
  },
)

const procedureCount = cachedQuery<[Locale, ProcedureFilters], number>(
  'procedures:count',
  (_locale, filters) => ({ collection: 'procedures', also: combinationTags(filters) }),
  async (payload, locale: Locale, filters: ProcedureFilters): Promise<number> =>
    (await payload.count({ collection: 'procedures', locale, overrideAccess: false, where: proceduresWhere(filters) })).totalDocs,
)

/**
 * How many published procedures match the filters: the list's page count (lib/listPages.ts) without
 * reading a page of them, cached as the pages are until a procedure changes. Only the field is
 * localized, so a count without one is the same in every language, and counted once.
 */
export const countProcedures = (locale: Locale, filters: ProcedureFilters) =>
  procedureCount(filters.field ? locale : routing.defaultLocale, filters)

export type ProcedureFilterOptions = { fields: string[]; levels: string[]; agencies: { id: string; name: string }[] }

/** What the procedure filters offer: every field, level and implementing agency among all published procedures. */
export const getProcedureFilterOptions = cachedQuery(
  'procedures:filter-options',
  // The agencies' names are read from agencies.
  { collection: 'procedures', also: [tags.collection('agencies')] },
  async (payload, locale: Locale): Promise<ProcedureFilterOptions> => {
    const distinct = async (field: 'field' | 'levels' | 'implementingAgency') => {
      const { values } = await payload.findDistinct({ collection: 'procedures', field, overrideAccess: false, depth: 0, locale })
      return values
        .flatMap((value) => (value as Record<string, unknown>)[field])
        .filter((value): value is string => typeof value === 'string' && value !== '')
    }
    const [fields, levels, agencyIds] = await Promise.all([distinct('field'), distinct('levels'), distinct('implementingAgency')])
    const { docs } = agencyIds.length
      ? await payload.find({
          collection: 'agencies',
          locale,
          overrideAccess: false,
          depth: 0,
          pagination: false,
          where: { id: { in: agencyIds } },
          select: { name: true },
        })
      : { docs: [] }
    return {
      fields: [...new Set(fields)],
      levels: [...new Set(levels)],
      agencies: docs.map((agency) => ({ id: String(agency.id), name: agency.name ?? '' })),
    }
  },
)

/** The values each procedure filter offers (filter → values), from its options: what the list's form shows, and all the list reads. */
export const procedureFilterValues = (options: ProcedureFilterOptions): Record<keyof ProcedureFilters, string[]> => ({
  field: options.fields,
  level: options.levels,
  online: [...ONLINE_FILTER_VALUES],
  agency: options.agencies.map(({ id }) => id),
})

/** procedureFilterValues of the options in `locale`. */
export const offeredProcedureFilters = async (locale: Locale) => procedureFilterValues(await getProcedureFilterOptions(locale))

/** The code and name of one published procedure, by its national code (the feedback form's "from this procedure"). */
export const getProcedureByCode = cachedQuery(
  'procedures:by-code',
  { collection: 'procedures' },
  async (payload, code: string, locale: Locale) => {
    const { docs } = await payload.find({
      collection: 'procedures',
      locale,
      overrideAccess: false,
      where: { code: { equals: code } },
      limit: 1,
      depth: 0,
      select: { code: true, name: true },
    })
    return docs[0] ?? null
  },
)

/** One procedure by slug, with what it links to kept small. */
export const getProcedureBySlug = detailQuery('procedures', {
  depth: 1,
  populate: {
    agencies: { name: true },
    'legal-documents': { number: true, title: true, slug: true, issuedAt: true },
    procedures: { name: true, slug: true },
    media: { url: true, filename: true, alt: true, mimeType: true, filesize: true },
    'contact-points': { name: true, address: true, hours: true, phones: true, email: true },
  },
  translatable: TRANSLATABLE,
})
