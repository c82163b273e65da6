import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { NewsSection } from '@/app/_components/NewsSection'
import { pageLocale } from '@/lib/localeParams'
import { listNewsCategories } from '@/lib/queries/news'
import { pageMetadata } from '@/lib/seo'
import { routing } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function findCategory(params: Props['params']) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const categories = await listNewsCategories(locale)
  return { locale, slug, category: categories.find((category) => category.slug === slug) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, category } = await findCategory(params)
  if (!category) return { robots: { index: false } }
  return pageMetadata({
    title: category.name,
    description: category.description,
    href: { pathname: '/tin-tuc/chuyen-muc/[slug]', params: { slug } },
    locale,
  })
}

export async function generateStaticParams() {
  const categories = await listNewsCategories(routing.defaultLocale)
  return routing.locales.flatMap((locale) => categories.map(({ slug }) => ({ locale, slug: slug ?? '' })))
}

/**
 * The latest news of one category. Static (no paging by query string) so that an unknown category gets
 * the server-rendered 404; the full archive pages through /tin-tuc.
 */
export default async function NewsCategoryPage({ params }: Props) {
  const { locale, slug, category } = await findCategory(params)
  if (!category) notFound()
  const t = await getTranslations('news')
  const href = { pathname: '/tin-tuc/chuyen-muc/[slug]', params: { slug } } as const
  return (
    <>
      <PageOptions href={href} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/tin-tuc' }]} />
      <h1 className="text-3xl font-bold">{category.name}</h1>
      {category.description ? <p className="mb-6 mt-3 max-w-2xl text-lg">{category.description}</p> : <div className="mb-6" />}
      <NewsSection locale={locale} searchParams={{}} categoryId={category.id} href={href} pageSize={50} />
    </>
  )
}
