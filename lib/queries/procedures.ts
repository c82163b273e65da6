import type { Locale } from '@/i18n/routing'
import type { Procedure } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

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

/** All published procedures, sorted by code (public access rules apply). */
export const listProcedures = cachedQuery(
  'procedures:list',
  { collection: 'procedures', populate: LIST_POPULATE },
  async (payload, locale: Locale): Promise<ProcedureSummary[]> => {
    const select = {
      code: true,
      name: true,
      slug: true,
      field: true,
      onlineService: true,
      levels: true,
      implementingAgency: true,
    } as const
    const query = { collection: 'procedures', overrideAccess: false, pagination: false, sort: 'code' } as const
    const { docs } = await payload.find({ ...query, locale, select, depth: 1, populate: LIST_POPULATE })
    const untranslated =
      locale === 'vi'
        ? new Set<string>()
        : new Set(
            (await payload.find({ ...query, locale, fallbackLocale: false, select: { name: true }, depth: 0 })).docs
              .filter((doc) => !doc.name)
              .map((doc) => doc.id),
          )
    return docs.map((doc) => ({ ...doc, nameFallback: untranslated.has(doc.id) }))
  },
)

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
