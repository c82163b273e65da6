import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { pageLocale } from '@/lib/localeParams'
import type { SlugCollection } from '@/lib/queries/bySlug'
import { listPublished } from '@/lib/queries/published'
import { type Locale, routing } from '@/i18n/routing'
import { UnknownSlugBoundary } from './UnknownSlugBoundary'

export type SlugParams = Promise<{ locale: string; slug: string }>

/** generateStaticParams of a [slug] route: every published slug of the collection in every locale. */
export const staticSlugParams =
  (collection: SlugCollection, except: string[] = []) =>
  async () => {
    const slugs = (await listPublished(collection)).map(({ slug }) => slug).filter((slug) => !except.includes(slug))
    return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
  }

/** Metadata of an unknown slug's 404: its title, never indexed. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return { title: t('title'), robots: { index: false } }
}

/** The layout of a [slug] route: a server-rendered 404 for unknown slugs (see UnknownSlugBoundary). */
export function slugBoundaryLayout(exists: (slug: string, locale: Locale) => Promise<unknown>) {
  return async function SlugLayout({ children, params }: { children: ReactNode; params: SlugParams }) {
    const locale = await pageLocale(params)
    const { slug } = await params
    const found = Boolean(await exists(slug, locale))
    return (
      <UnknownSlugBoundary found={found} locale={locale}>
        {children}
      </UnknownSlugBoundary>
    )
  }
}
