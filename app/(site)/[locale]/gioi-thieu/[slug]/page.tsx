import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ContentPage } from '../../../../_components/ContentPage'
import { ABOUT_SLUG } from '../../../../../cms/paths'
import { pageLocale } from '../../../../../cms/locale-params'
import { getPageBySlug, listPageSlugs } from '../../../../../cms/queries/pages'
import { alternates } from '../../../../../cms/seo'
import { routing } from '../../../../../i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const slugs = (await listPageSlugs()).filter((slug) => slug !== ABOUT_SLUG)
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getPageBySlug(slug, locale)
  if (!detail) {
    const t = await getTranslations({ locale, namespace: 'notFound' })
    return { title: t('title'), robots: { index: false } }
  }
  return {
    title: detail.doc.title,
    description: detail.doc.summary,
    alternates: alternates({ pathname: '/gioi-thieu/[slug]', params: { slug } }, locale),
  }
}

export default async function AboutSubpage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  return <ContentPage slug={slug} locale={locale} />
}
