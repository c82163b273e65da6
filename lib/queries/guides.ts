import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import type { Guide } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { detailQuery } from './bySlug'
import { getPayloadClient } from './payload'

/** Published step-by-step guides. */
export const listGuides = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<Pick<Guide, 'id' | 'title' | 'slug' | 'summary'>[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'guides',
        locale,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        select: { title: true, slug: true, summary: true },
      })
      return docs
    },
    ['guides', 'list', locale],
    { tags: [tags.collection('guides')] },
  )(),
)

export const getGuideBySlug = detailQuery('guides', {
  depth: 1,
  populate: { procedures: { name: true, slug: true }, media: { url: true, alt: true, width: true, height: true } },
  translatable: ['title', 'summary', 'steps'],
})

