import { getTranslations } from 'next-intl/server'

import { pageParam, type SearchParams } from '@/lib/filters'
import { getNewsPage, listNewsCategories } from '@/lib/queries/news'
import { type Href, type Locale, localizedPath } from '@/i18n/routing'
import { LocalizedLink as Link } from './LocalizedLink'
import { NewsList } from './NewsList'
import { Pagination } from './Pagination'
import { toLastPageIfPast } from './lastPage'

type Props = { locale: Locale; searchParams: SearchParams; categoryId?: string; href: Href; pageSize?: number }

/** A page of news (all, or one category) with pagination and the list of categories. */
export async function NewsSection({ locale, searchParams, categoryId, href, pageSize }: Props) {
  const t = await getTranslations('news')
  const page = pageParam(searchParams)
  const [news, categories] = await Promise.all([getNewsPage(locale, page, categoryId, pageSize), listNewsCategories(locale)])
  const basePath = localizedPath(href, locale)
  toLastPageIfPast(news, basePath)
  return (
    <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
      <div>
        {news.items.length ? <NewsList items={news.items} /> : <p>{t('empty')}</p>}
        <Pagination page={news.page} totalPages={news.totalPages} basePath={basePath} />
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
