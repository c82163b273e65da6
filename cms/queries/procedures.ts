import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '../../i18n/routing'
import type { Procedure } from '../../payload-types'
import { tags } from '../cache-tags'
import { fallbackFields } from './fallback'
import { getPayloadClient } from './payload'

export type ProcedureSummary = Pick<Procedure, 'id' | 'code' | 'name' | 'slug' | 'field' | 'onlineService'> & {
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

export type ProcedureDetail = { procedure: Procedure; fallbacks: (typeof TRANSLATABLE)[number][] }

/** All published procedures, sorted by code (public access rules apply). */
export const listProcedures = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<ProcedureSummary[]> => {
      const payload = await getPayloadClient()
      const select = { code: true, name: true, slug: true, field: true, onlineService: true } as const
      const query = { collection: 'procedures', overrideAccess: false, depth: 0, pagination: false, sort: 'code' } as const
      const { docs } = await payload.find({ ...query, locale, select })
      const untranslated =
        locale === 'vi'
          ? new Set<string>()
          : new Set(
              (await payload.find({ ...query, locale, fallbackLocale: false, select: { name: true } })).docs
                .filter((doc) => !doc.name)
                .map((doc) => doc.id),
            )
      return docs.map((doc) => ({ ...doc, nameFallback: untranslated.has(doc.id) }))
    },
    ['procedures', 'list', locale],
    { tags: [tags.procedures()] },
  )(),
)

async function findProcedure(slug: string, locale: Locale, draft: boolean): Promise<ProcedureDetail | null> {
  const payload = await getPayloadClient()
  const query = {
    collection: 'procedures',
    // In preview the preview route has checked the editor; otherwise public access rules apply.
    overrideAccess: draft,
    draft,
    depth: 1,
    populate: {
      agencies: { name: true },
      'legal-documents': { number: true, title: true, slug: true, issuedAt: true },
      procedures: { name: true, slug: true },
      media: { url: true, filename: true, alt: true, mimeType: true, filesize: true },
    },
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  } as const
  const [procedure] = (await payload.find({ ...query, locale })).docs
  if (!procedure) return null
  if (locale === 'vi') return { procedure, fallbacks: [] }
  const [translated] = (await payload.find({ ...query, locale, fallbackLocale: false })).docs
  return { procedure, fallbacks: fallbackFields(procedure, translated, TRANSLATABLE) }
}

/**
 * One procedure by slug, or null: the published version, cached until its tag is revalidated; in
 * preview (draft mode) the latest draft, uncached. Lists the fields that fell back to Vietnamese.
 */
export const getProcedureBySlug = cache(async (slug: string, locale: Locale) => {
  // Only well-formed slugs reach the database and the cache.
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null
  if ((await draftMode()).isEnabled) return findProcedure(slug, locale, true)
  return unstable_cache(() => findProcedure(slug, locale, false), ['procedures', 'detail', slug, locale], {
    tags: [tags.procedure(slug)],
  })()
})

/** Slugs of published procedures, for generateStaticParams. */
export async function listProcedureSlugs(): Promise<string[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}
