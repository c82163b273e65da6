import type { ReactNode } from 'react'

import { UnknownSlugBoundary } from '../../../../_components/UnknownSlugBoundary'
import { pageLocale } from '../../../../../cms/locale-params'
import { getNewsBySlug } from '../../../../../cms/queries/news'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

export default async function NewsItemLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const found = Boolean(await getNewsBySlug(slug, locale))
  return <UnknownSlugBoundary found={found} locale={locale}>{children}</UnknownSlugBoundary>
}
