import { getTranslations } from 'next-intl/server'

import { rss, rssResponse } from './feeds'
import { listNews } from './queries/news'
import { localizedPath, type Locale } from '@/i18n/routing'

export type FeedKind = 'news' | 'press'

const FEED_PATHS: Record<FeedKind, Record<Locale, string>> = {
  news: { vi: '/feed.xml', en: '/en/feed.xml' },
  press: { vi: '/bao-chi/feed.xml', en: '/en/press/feed.xml' },
}

/** Where the RSS feed of all news, or of press releases only, is served in a language. */
export const feedPath = (kind: FeedKind, locale: Locale) => FEED_PATHS[kind][locale]

/** RSS 2.0 of the latest news (or press releases) in one language. */
export async function newsFeed(kind: FeedKind, locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'news' })
  const items = await listNews(locale, 30, kind === 'press' ? 'press-release' : undefined)
  const title = kind === 'press' ? t('kind.press-release') : t('title')
  const description = kind === 'press' ? title : t('intro')
  return rssResponse(rss({ title, description, path: localizedPath('/tin-tuc', locale), feedPath: feedPath(kind, locale), locale }, items))
}
