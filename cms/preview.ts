import type { CollectionSlug } from 'payload'

import { isLocale, localizedPath, routing } from '@/i18n/routing'
import { type CollectionWithPages, hrefOf, PREVIEW_PATH } from '@/domain/paths'
import { siteUrl } from '@/domain/siteUrl'

export const previewableCollections = Object.keys(hrefOf) as CollectionSlug[]

/** The URL that opens a document's page with its latest draft, in the locale being edited. */
export function previewUrl(collection: CollectionSlug, slug: string | null | undefined, locale?: string): string | null {
  const href = hrefOf[collection as CollectionWithPages]
  if (!href || !slug) return null
  const path = localizedPath(href(slug), isLocale(locale) ? locale : routing.defaultLocale)
  return `${siteUrl()}${PREVIEW_PATH}?path=${encodeURIComponent(path)}`
}
