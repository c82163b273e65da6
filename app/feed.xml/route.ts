import { getTranslations } from 'next-intl/server'

import { rss, rssResponse } from '../../cms/feeds'
import { listNews } from '../../cms/queries/news'

// Built once, then regenerated when news is published (the list query carries the news tag).
export const dynamic = 'force-static'

/** RSS 2.0: the latest news in Vietnamese. */
export async function GET() {
  const t = await getTranslations({ locale: 'vi', namespace: 'news' })
  const items = await listNews('vi', 30)
  return rssResponse(rss({ title: t('title'), description: t('intro'), path: '/tin-tuc', feedPath: '/feed.xml', locale: 'vi' }, items))
}
