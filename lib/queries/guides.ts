import type { Locale } from '@/i18n/routing'
import type { Guide } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

/** Published step-by-step guides. */
export const listGuides = cachedQuery(
  'guides:list',
  { collection: 'guides' },
  async (payload, locale: Locale): Promise<Pick<Guide, 'id' | 'title' | 'slug' | 'summary'>[]> => {
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
)

export const getGuideBySlug = detailQuery('guides', {
  depth: 1,
  populate: { procedures: { name: true, slug: true }, media: { url: true, alt: true, width: true, height: true } },
  translatable: ['title', 'summary', 'steps'],
})
