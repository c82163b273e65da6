import { unstable_cache } from 'next/cache'

import { tags } from '@/cms/cacheTags'
import type { SlugCollection } from './bySlug'
import { getPayloadClient } from './payload'

export type PublishedEntry = { slug: string; updatedAt: string }

/** Slug and last change of every published document of a collection (sitemap), cached by its tag. */
export const listPublished = (collection: SlugCollection) =>
  unstable_cache(
    async (): Promise<PublishedEntry[]> => {
      const payload = await getPayloadClient()
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
    ['published', collection],
    { tags: [tags.collection(collection)] },
  )()
