import type { Metadata } from 'next'

import { ContentPage } from '@/app/_components/ContentPage'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { ABOUT_SLUG, hrefOf } from '@/domain/paths'
import { pageLocale } from '@/lib/localeParams'
import { getPageBySlug } from '@/lib/queries/pages'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = staticSlugParams('pages', [ABOUT_SLUG])

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getPageBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  return pageMetadata({ title: detail.doc.title, description: detail.doc.summary, href: hrefOf.pages(slug), locale })
}

export default async function AboutSubpage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  return <ContentPage slug={slug} locale={locale} />
}
