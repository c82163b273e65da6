import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '../../i18n/routing'
import type { News } from '../../payload-types'
import { tags } from '../cache-tags'
import { detailQuery, publishedSlugs } from './bySlug'
import { getPayloadClient } from './payload'

const SUMMARY = { title: true, slug: true, excerpt: true, kind: true, publishedAt: true } as const
export type NewsSummary = Pick<News, 'id' | keyof typeof SUMMARY>

/** The latest published news, newest first; only one kind (press releases) when given. */
export const listNews = cache((locale: Locale, limit = 30, kind?: News['kind']) =>
  unstable_cache(
    async (): Promise<NewsSummary[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'news',
        locale,
        overrideAccess: false,
        depth: 0,
        limit,
        sort: '-publishedAt',
        select: SUMMARY,
        ...(kind ? { where: { kind: { equals: kind } } } : {}),
      })
      return docs
    },
    ['news', 'list', locale, String(limit), kind ?? 'all'],
    { tags: [tags.collection('news')] },
  )(),
)

export const getNewsBySlug = detailQuery('news', {
  depth: 1,
  populate: {
    'news-categories': { name: true, slug: true },
    'legal-documents': { number: true, title: true, slug: true },
    media: { url: true, filename: true, alt: true, mimeType: true, filesize: true, width: true, height: true },
  },
  translatable: ['title', 'excerpt', 'body'],
  alsoTags: [tags.collection('news-categories')],
})

export const listNewsSlugs = () => publishedSlugs('news')
