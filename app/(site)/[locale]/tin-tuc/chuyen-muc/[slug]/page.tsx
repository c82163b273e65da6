import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { listNewsCategories } from '@/lib/queries/news'
import { CategoryPage, type CategoryParams, categoryMetadata, findCategoryPage } from './categoryPage'

type Props = { params: CategoryParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findCategoryPage(params)
  return categoryMetadata(found.locale, found)
}

export async function generateStaticParams() {
  const categories = await listNewsCategories(routing.defaultLocale)
  return routing.locales.flatMap((locale) => categories.map(({ slug }) => ({ locale, slug: slug ?? '' })))
}

/** The first page of a category's news; the next ones are /trang/N (categoryPage.tsx). */
export default async function NewsCategoryPage({ params }: Props) {
  const found = await findCategoryPage(params)
  if (!found.news) notFound()
  return <CategoryPage found={found} />
}
