import type { Locale } from '@/i18n/routing'
import type { Page } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

export const getPageBySlug = detailQuery('pages', {
  depth: 1,
  populate: { pages: { title: true, slug: true } },
  translatable: ['title', 'summary', 'body'],
})

/** Published pages under a page, in their order. */
export const listChildPages = cachedQuery(
  'pages:children',
  { collection: 'pages' },
  async (payload, parentId: string, locale: Locale): Promise<Pick<Page, 'id' | 'title' | 'slug' | 'summary'>[]> => {
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
)
