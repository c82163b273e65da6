import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import type { Procedure } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { detailQuery } from './bySlug'
import { getPayloadClient } from './payload'

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

/** All published procedures, sorted by code (public access rules apply). */
export const listProcedures = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<ProcedureSummary[]> => {
      const payload = await getPayloadClient()
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
      const { docs } = await payload.find({ ...query, locale, select, depth: 1, populate: { agencies: { name: true } } })
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
    ['procedures', 'list', locale],
    { tags: [tags.collection('procedures'), tags.collection('agencies')] },
  )(),
)

/** The code and name of one published procedure, by its national code (the feedback form's "from this procedure"). */
export const getProcedureByCode = cache((code: string, locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
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
    ['procedures', 'by-code', code, locale],
    { tags: [tags.collection('procedures')] },
  )(),
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

