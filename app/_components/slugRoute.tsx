import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { pageLocale } from '@/lib/localeParams'
import type { SlugCollection } from '@/lib/queries/bySlug'
import { listNewestPublished, listPublished } from '@/lib/queries/published'
import { type Locale, routing } from '@/i18n/routing'
import { UnknownSlugBoundary } from './UnknownSlugBoundary'

export type SlugParams = Promise<{ locale: string; slug: string }>

/**
 * How many of a collection's newest published documents `next build` prerenders, in every locale: the
 * ones the home page and the first page of each list lead to. Every other document renders on its first
 * request (dynamicParams, Next's default, never turned off on a [slug] route) and is then kept (ISR) and
 * expired by its tags like a prerendered one, so the build costs the same at 100 documents or 50,000.
 * `pages` are few and are all prerendered.
 */
export const PRERENDERED_PER_COLLECTION = 50

/** generateStaticParams of a [slug] route: the newest published slugs of the collection (all for `pages`) in every locale. */
export const staticSlugParams =
  (collection: SlugCollection, except: string[] = []) =>
  async () => {
    const entries =
      collection === 'pages' ? await listPublished(collection) : await listNewestPublished(collection, PRERENDERED_PER_COLLECTION)
    const slugs = entries.map(({ slug }) => slug).filter((slug) => !except.includes(slug))
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
