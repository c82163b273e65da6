import type { Metadata } from 'next'

import { ContentPage } from '@/app/_components/ContentPage'
import { ABOUT_SLUG } from '@/domain/paths'
import { pageLocale } from '@/lib/localeParams'
import { getPageBySlug } from '@/lib/queries/pages'
import { alternates } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const detail = await getPageBySlug(ABOUT_SLUG, locale)
  return { title: detail?.doc.title, description: detail?.doc.summary, alternates: alternates('/gioi-thieu', locale) }
}

export default async function AboutPage({ params }: Props) {
  return <ContentPage slug={ABOUT_SLUG} locale={await pageLocale(params)} />
}
