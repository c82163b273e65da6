import type { Metadata } from 'next'

import { ContentPage } from '../../../_components/ContentPage'
import { ABOUT_SLUG } from '../../../../cms/paths'
import { pageLocale } from '../../../../cms/locale-params'
import { getPageBySlug } from '../../../../cms/queries/pages'
import { alternates } from '../../../../cms/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const detail = await getPageBySlug(ABOUT_SLUG, locale)
  return { title: detail?.doc.title, description: detail?.doc.summary, alternates: alternates('/gioi-thieu', locale) }
}

export default async function AboutPage({ params }: Props) {
  return <ContentPage slug={ABOUT_SLUG} locale={await pageLocale(params)} />
}
