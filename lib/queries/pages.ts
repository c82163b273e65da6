import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import type { Page } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { detailQuery } from './bySlug'
import { getPayloadClient } from './payload'

export const getPageBySlug = detailQuery('pages', {
  depth: 1,
  populate: { pages: { title: true, slug: true } },
  translatable: ['title', 'summary', 'body'],
})

/** Published pages under a page, in their order. */
export const listChildPages = cache((parentId: string, locale: Locale) =>
  unstable_cache(
    async (): Promise<Pick<Page, 'id' | 'title' | 'slug' | 'summary'>[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'pages',
        locale,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        sort: 'order',
        where: { parent: { equals: parentId } },
        select: { title: true, slug: true, summary: true },
      })
      return docs
    },
    ['pages', 'children', parentId, locale],
    { tags: [tags.collection('pages')] },
  )(),
)

