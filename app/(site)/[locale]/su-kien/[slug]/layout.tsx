import type { ReactNode } from 'react'

import { UnknownSlugBoundary } from '../../../../_components/UnknownSlugBoundary'
import { pageLocale } from '../../../../../cms/locale-params'
import { getEventBySlug } from '../../../../../cms/queries/events'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

export default async function EventLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const found = Boolean(await getEventBySlug(slug, locale))
  return <UnknownSlugBoundary found={found} locale={locale}>{children}</UnknownSlugBoundary>
}
