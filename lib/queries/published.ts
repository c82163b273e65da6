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
    return docs.flatMap((doc) => {
      const { slug, updatedAt } = doc as { slug?: string | null; updatedAt: string }
      return slug ? [{ slug, updatedAt }] : []
    })
  },
)
