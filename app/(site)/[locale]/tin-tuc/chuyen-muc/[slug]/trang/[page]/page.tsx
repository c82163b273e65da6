import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CategoryPage, type CategoryParams, categoryMetadata, findCategoryPage } from '../../categoryPage'

type Props = { params: CategoryParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findCategoryPage(params)
  return categoryMetadata(found.locale, found)
}

/** None at build time: each page renders on its first request, then is kept until a news change expires it. */
export async function generateStaticParams() {
  return []
}

/** Page 2 and on of a category's news. */
export default async function NewsCategoryNextPage({ params }: Props) {
  const found = await findCategoryPage(params)
  if (!found.news) notFound()
  return <CategoryPage found={found} />
}
