import type { ReactNode } from 'react'

import { UnknownSlugBoundary } from '../../../../_components/UnknownSlugBoundary'
import { pageLocale } from '../../../../../cms/locale-params'
import { getGuideBySlug } from '../../../../../cms/queries/guides'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

export default async function GuideLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const found = Boolean(await getGuideBySlug(slug, locale))
  return <UnknownSlugBoundary found={found} locale={locale}>{children}</UnknownSlugBoundary>
}
