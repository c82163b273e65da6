import type { ReactNode } from 'react'

import { UnknownSlugBoundary } from '../../../../../_components/UnknownSlugBoundary'
import { pageLocale } from '../../../../../../cms/locale-params'
import { listNewsCategories } from '../../../../../../cms/queries/news'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

export default async function NewsCategoryLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const found = (await listNewsCategories(locale)).some((category) => category.slug === slug)
  return <UnknownSlugBoundary found={found} locale={locale}>{children}</UnknownSlugBoundary>
}
