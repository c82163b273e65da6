import type { Locale } from '@/i18n/routing'
import type { News } from '@/payload-types'
import type { ListPage } from '@/domain/listPage'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

const SUMMARY = { title: true, slug: true, excerpt: true, kind: true, publishedAt: true } as const
export type NewsSummary = Pick<News, 'id' | keyof typeof SUMMARY>

/** The latest published news, newest first; only one kind (press releases) when given. */
export const listNews = cachedQuery(
  'news:latest',
  { collection: 'news' },
  async (payload, locale: Locale, limit: number, kind?: News['kind']): Promise<NewsSummary[]> => {
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
)

export const getNewsBySlug = detailQuery('news', {
  depth: 1,
  populate: {
    'news-categories': { name: true, slug: true },
    'legal-documents': { number: true, title: true, slug: true },
    media: { url: true, filename: true, alt: true, mimeType: true, filesize: true, width: true, height: true, caption: true, credit: true },
  },
  translatable: ['title', 'excerpt', 'body'],
})

/** How many press images the press room shows; it says so, and links the API for all of them. */
export const PRESS_MEDIA_SHOWN = 24

/** The newest images an editor listed for the press room, and how many there are. */
export const listPressMedia = cachedQuery('media:press', { collection: 'media' }, async (payload, locale: Locale) => {
  const { docs, totalDocs } = await payload.find({
    collection: 'media',
    locale,
    overrideAccess: false,
    where: { and: [{ forPress: { equals: true } }, { mimeType: { like: 'image/' } }] },
    sort: '-createdAt',
    limit: PRESS_MEDIA_SHOWN,
    depth: 0,
    select: { url: true, alt: true, width: true, height: true, caption: true, credit: true, filename: true, filesize: true },
  })
  return { items: docs, total: totalDocs }
})

export const NEWS_PAGE_SIZE = 10

export type NewsPage = ListPage<NewsSummary>

/** One page of published news, newest first, optionally of one category or one kind (press releases). */
export const getNewsPage = cachedQuery(
  'news:page',
  { collection: 'news' },
  async (payload, locale: Locale, page: number, categoryId?: string, pageSize?: number, kind?: News['kind']): Promise<NewsPage> => {
    const result = await payload.find({
      collection: 'news',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: pageSize ?? NEWS_PAGE_SIZE,
      page,
      sort: '-publishedAt',
      select: SUMMARY,
      where: { and: [...(categoryId ? [{ categories: { in: [categoryId] } }] : []), ...(kind ? [{ kind: { equals: kind } }] : [])] },
    })
    return { items: result.docs, page: result.page ?? page, totalPages: result.totalPages, total: result.totalDocs }
  },
)

/** Every news category, in the editors' order. */
export const listNewsCategories = cachedQuery('news-categories', { collection: 'news-categories' }, async (payload, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'news-categories',
    locale,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'order',
    select: { name: true, slug: true, description: true },
  })
  return docs
})
