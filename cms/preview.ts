import type { CollectionSlug } from 'payload'

import { type Href, isLocale, localizedPath, routing } from '../i18n/routing'
import { siteUrl } from './site-url'

export const PREVIEW_PATH = '/next/preview'
export const EXIT_PREVIEW_PATH = '/next/exit-preview'

/** Collections with a public page, and the page of a document. */
const pageOf: Partial<Record<CollectionSlug, (slug: string) => Href>> = {
  procedures: (slug) => ({ pathname: '/thu-tuc-hanh-chinh/[slug]', params: { slug } }),
  'legal-documents': (slug) => ({ pathname: '/van-ban/[slug]', params: { slug } }),
  news: (slug) => ({ pathname: '/tin-tuc/[slug]', params: { slug } }),
  // The Giới thiệu section's own page lives at /gioi-thieu.
  pages: (slug) => (slug === 'gioi-thieu' ? '/gioi-thieu' : { pathname: '/gioi-thieu/[slug]', params: { slug } }),
}

export const previewableCollections = Object.keys(pageOf) as CollectionSlug[]

/** The URL that opens a document's page with its latest draft, in the locale being edited. */
export function previewUrl(collection: CollectionSlug, slug: string | null | undefined, locale?: string): string | null {
  const href = pageOf[collection]
  if (!href || !slug) return null
  const path = localizedPath(href(slug), isLocale(locale) ? locale : routing.defaultLocale)
  return `${siteUrl()}${PREVIEW_PATH}?path=${encodeURIComponent(path)}`
}

/** Only site paths may follow a preview: no other hosts ("//evil", "https://…"). */
export const isSitePath = (path: string | null): path is string =>
  Boolean(path && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\'))
