import { getTranslations } from 'next-intl/server'

import { listNewsCategories, type NewsPage } from '@/lib/queries/news'
import type { Locale } from '@/i18n/routing'
import { ListStatus } from './ListStatus'
import { LocalizedLink as Link } from './LocalizedLink'
import { NewsList } from './NewsList'
import { Pagination } from './Pagination'

type Props = { locale: Locale; news: NewsPage; pageSize: number; categoryId?: string; pageUrl: (page: number) => string }

/** A page of news (all, or one category) with its paging and the list of categories. */
export async function NewsSection({ locale, news, pageSize, categoryId, pageUrl }: Props) {
  const t = await getTranslations('news')
  const categories = await listNewsCategories(locale)
  return (
    <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
      <div>
        <ListStatus namespace="news" list={news} pageSize={pageSize} className="mb-4 text-slate-700" />
        {news.items.length ? <NewsList items={news.items} /> : <p>{t('empty')}</p>}
        <Pagination page={news.page} totalPages={news.totalPages} pageUrl={pageUrl} />
      </div>
      <nav aria-labelledby="categories">
        <h2 id="categories" className="mb-2 text-lg font-bold">
          {t('allCategories')}
        </h2>
        <ul className="space-y-1">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={{ pathname: '/tin-tuc/chuyen-muc/[slug]', params: { slug: category.slug ?? '' } }}
                aria-current={category.id === categoryId ? 'page' : undefined}
                className={category.id === categoryId ? 'font-bold' : undefined}
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
