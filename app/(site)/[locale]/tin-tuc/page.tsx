import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { NewsSection } from '@/app/_components/NewsSection'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { pageHref } from '@/domain/listPage'
import { localizedPath } from '@/i18n/routing'
import { pageParam, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { getNewsPage, NEWS_PAGE_SIZE } from '@/lib/queries/news'
import { pageMetadata } from '@/lib/seo'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('news')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/tin-tuc', locale })
}

/** Every published news item, newest first, NEWS_PAGE_SIZE a page (?trang=N). */
export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('news')
  const news = await readPage((page) => getNewsPage(locale, page), pageParam(await searchParams))
  const basePath = localizedPath('/tin-tuc', locale)
  toLastPageIfPast(news, basePath)
  return (
    <>
      <PageOptions href="/tin-tuc" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <NewsSection locale={locale} news={news} pageSize={NEWS_PAGE_SIZE} pageUrl={(page) => pageHref(basePath, {}, page)} />
    </>
  )
}
