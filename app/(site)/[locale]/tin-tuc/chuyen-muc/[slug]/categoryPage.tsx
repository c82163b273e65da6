import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { NewsSection } from '@/app/_components/NewsSection'
import { PageOptions } from '@/app/_components/PageOptions'
import { pathPageNumber } from '@/domain/listPage'
import { type Href, type Locale, localizedPath } from '@/i18n/routing'
import { pageLocale } from '@/lib/localeParams'
import { getNewsPage, listNewsCategories, NEWS_PAGE_SIZE } from '@/lib/queries/news'
import { pageMetadata } from '@/lib/seo'
import { readPage } from '@/lib/queries/paged'

export type CategoryParams = Promise<{ locale: string; slug: string; page?: string }>

/** The address of page `page` of a category. */
export function categoryHref(slug: string, page: number): Href {
  return page === 1
    ? { pathname: '/tin-tuc/chuyen-muc/[slug]', params: { slug } }
    : { pathname: '/tin-tuc/chuyen-muc/[slug]/trang/[page]', params: { slug, page: String(page) } }
}

/** The category and page an address names, and that page of its news; `news` is null when either does not exist. */
export async function findCategoryPage(params: CategoryParams) {
  const locale = await pageLocale(params)
  const { slug, page: segment } = await params
  const category = (await listNewsCategories(locale)).find((candidate) => candidate.slug === slug)
  const page = pathPageNumber(segment)
  const news = category && page !== null ? await readPage((number) => getNewsPage(locale, number, category.id), page) : null
  // Page 1 exists for an empty category too.
  const exists = page !== null && news !== null && (page === 1 || page <= news.totalPages)
  return { locale, slug, page: page ?? 1, category, news: exists ? news : null }
}

export async function categoryMetadata(locale: Locale, found: Awaited<ReturnType<typeof findCategoryPage>>): Promise<Metadata> {
  const { slug, page, category, news } = found
  if (!category || !news) return { robots: { index: false } }
  const t = await getTranslations({ locale, namespace: 'paging' })
  return pageMetadata({
    title: page === 1 ? category.name : `${category.name} – ${t('page', { page })}`,
    description: category.description,
    href: categoryHref(slug, page),
    locale,
  })
}

/**
 * One page of a category's news, NEWS_PAGE_SIZE a page, newest first. Addresses by path rather than
 * ?trang=N, so each page is a static page of its own (rendered on its first request, then kept and
 * expired with the news tag), and an unknown category or page answers a server-rendered 404 (the
 * boundary of the route's layout).
 */
export async function CategoryPage({ found }: { found: Awaited<ReturnType<typeof findCategoryPage>> }) {
  const { locale, slug, category, news } = found
  if (!category || !news) return null
  const t = await getTranslations('news')
  return (
    <>
      <PageOptions href={categoryHref(slug, found.page)} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/tin-tuc' }]} />
      <h1 className="text-3xl font-bold">{category.name}</h1>
      {category.description ? <p className="mb-6 mt-3 max-w-2xl text-lg">{category.description}</p> : <div className="mb-6" />}
      <NewsSection
        locale={locale}
        news={news}
        pageSize={NEWS_PAGE_SIZE}
        categoryId={category.id}
        pageUrl={(page) => localizedPath(categoryHref(slug, page), locale)}
      />
    </>
  )
}
