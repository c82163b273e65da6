import type { ReactNode } from 'react'

import { UnknownSlugBoundary } from '@/app/_components/UnknownSlugBoundary'
import { type CategoryParams, findCategoryPage } from '../../categoryPage'

/** A server-rendered 404 for a page number the category does not have (see UnknownSlugBoundary). */
export default async function CategoryPageLayout({ children, params }: { children: ReactNode; params: CategoryParams }) {
  const { locale, news } = await findCategoryPage(params)
  return (
    <UnknownSlugBoundary found={news !== null} locale={locale}>
      {children}
    </UnknownSlugBoundary>
  )
}
