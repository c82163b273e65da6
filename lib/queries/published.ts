import type { Sort } from 'payload'

import type { SlugCollection } from './bySlug'
import { cachedQuery } from './cached'

export type PublishedEntry = { slug: string; updatedAt: string }

/** Slug and last change of every published document of a collection (sitemap), cached by its tag. */
export const listPublished = cachedQuery(
  'published',
  (collection: SlugCollection) => ({ collection }),
  async (payload, collection: SlugCollection): Promise<PublishedEntry[]> => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { slug: true, updatedAt: true },
    })
    return slugsOf(docs)
  },
)

/** "Newest first" of each collection: the order of its list page, where a visitor comes from. */
const NEWEST_FIRST: Record<SlugCollection, Sort> = {
  news: '-publishedAt',
  'legal-documents': '-issuedAt',
  events: '-startsAt',
  procedures: '-updatedAt',
  guides: '-updatedAt',
  pages: '-updatedAt',
}

/** Slugs of the `limit` newest published documents of a collection (what the build prerenders). */
export const listNewestPublished = cachedQuery(
  'published-newest',
  (collection: SlugCollection, _limit: number) => ({ collection }),
  async (payload, collection: SlugCollection, limit: number): Promise<PublishedEntry[]> => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      depth: 0,
      limit,
      sort: NEWEST_FIRST[collection],
      select: { slug: true, updatedAt: true },
    })
    return slugsOf(docs)
  },
)

const slugsOf = (docs: unknown[]): PublishedEntry[] =>
  docs.flatMap((doc) => {
    const { slug, updatedAt } = doc as { slug?: string | null; updatedAt: string }
    return slug ? [{ slug, updatedAt }] : []
  })
