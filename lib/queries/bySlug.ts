import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { DataFromCollectionSlug, PopulateType } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import { readTags, tags } from '@/cms/cacheTags'
import { type CollectionWithPages, hrefOf } from '@/domain/paths'
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

/**
 * Rich-text links to other documents of the site resolve to their pages (app/_components/RichTextContent):
 * every detail read populates the slug of each collection with pages. Their tags are not added (every
 * publish of any news item would otherwise expire every page): a target renamed later still answers
 * at its old address (an automatic redirect), one unpublished later stays linked until the page that
 * links to it is next saved or expired.
 */
export const withLinkTargets = (populate: PopulateType = {}): PopulateType => ({
  ...populate,
  ...Object.fromEntries(
    (Object.keys(hrefOf) as CollectionWithPages[]).map((collection) => [collection, { ...(populate[collection] ?? {}), slug: true }]),
  ),
})

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
      // At least 1: rich-text links carry their target's slug.
      depth: Math.max(options.depth ?? 1, 1),
      populate: withLinkTargets(options.populate),
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
