import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { DataFromCollectionSlug, PopulateType } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import { readTags, tags } from '@/cms/cacheTags'
import { fallbackFields } from './fallback'
import { getPayloadClient } from './payload'

export type SlugCollection = 'procedures' | 'legal-documents' | 'news' | 'pages' | 'events' | 'guides'

export type Detail<C extends SlugCollection> = {
  doc: DataFromCollectionSlug<C>
  /** Localized fields shown in Vietnamese on an English page because they are not translated. */
  fallbacks: string[]
}

type Options = {
  depth?: number
  populate?: PopulateType
  /** Localized fields whose absence in English the page points out. */
  translatable: readonly string[]
}

/**
 * What a detail page depends on: its own document, and every collection whose documents it displays,
 * read from `populate` (a legal basis's title, a related procedure's link, an agency's name, a file);
 * the rule of cms/cacheTags.ts. A relationship shown on a page must be populated (and so declared
 * here), never fetched on the side.
 */
export const detailTags = (collection: SlugCollection, slug: string, populate?: PopulateType) => [
  ...new Set([tags.document(collection, slug), ...readTags({ populate })]),
]

export const isSlug = (slug: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 160

/**
 * `getBySlug(slug, locale)` for a collection's detail page: the published document, cached until its
 * tag is revalidated; in preview (draft mode) the latest draft, uncached. Public access rules apply
 * outside preview; the preview route has checked the editor.
 */
export function detailQuery<C extends SlugCollection>(collection: C, options: Options) {
  async function find(slug: string, locale: Locale, draft: boolean): Promise<Detail<C> | null> {
    const payload = await getPayloadClient()
    const query = {
      collection,
      overrideAccess: draft,
      draft,
      depth: options.depth ?? 1,
      populate: options.populate,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
    } as const
    const [doc] = (await payload.find({ ...query, locale })).docs as DataFromCollectionSlug<C>[]
    if (!doc) return null
    if (locale === 'vi') return { doc, fallbacks: [] }
    const [translated] = (await payload.find({ ...query, locale, fallbackLocale: false })).docs
    return { doc, fallbacks: fallbackFields(doc as object, translated as object, options.translatable as never) }
  }

  return cache(async (slug: string, locale: Locale): Promise<Detail<C> | null> => {
    if (!isSlug(slug)) return null
    if ((await draftMode()).isEnabled) return find(slug, locale, true)
    return unstable_cache(() => find(slug, locale, false), [collection, 'detail', slug, locale], {
      tags: detailTags(collection, slug, options.populate),
    })()
  })
}
