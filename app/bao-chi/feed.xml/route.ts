import { getTranslations } from 'next-intl/server'

import { rss, rssResponse } from '../../../cms/feeds'
import { listNews } from '../../../cms/queries/news'

export const dynamic = 'force-static'

/** RSS 2.0: press releases only. */
export async function GET() {
  const t = await getTranslations({ locale: 'vi', namespace: 'news.kind' })
  const items = await listNews('vi', 30, 'press-release')
  return rssResponse(
    rss({ title: t('press-release'), description: t('press-release'), path: '/tin-tuc', feedPath: '/bao-chi/feed.xml', locale: 'vi' }, items),
  )
}
