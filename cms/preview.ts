import type { CollectionSlug } from 'payload'

import { isLocale, localizedPath, routing } from '../i18n/routing'
import { type CollectionWithPages, hrefOf } from './paths'
import { siteUrl } from './site-url'

export const PREVIEW_PATH = '/next/preview'
export const EXIT_PREVIEW_PATH = '/next/exit-preview'

export const previewableCollections = Object.keys(hrefOf) as CollectionSlug[]

/** The URL that opens a document's page with its latest draft, in the locale being edited. */
export function previewUrl(collection: CollectionSlug, slug: string | null | undefined, locale?: string): string | null {
  const href = hrefOf[collection as CollectionWithPages]
  if (!href || !slug) return null
  const path = localizedPath(href(slug), isLocale(locale) ? locale : routing.defaultLocale)
  return `${siteUrl()}${PREVIEW_PATH}?path=${encodeURIComponent(path)}`
}

/** Control characters (browsers drop tabs and newlines: "/\t/evil" becomes "//evil") and backslashes. */
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f\\]/

/**
 * The path to send a preview to, or null when it is not a path of this site: it must start with one
 * "/", hold no control characters or backslashes, and resolve against the site's origin to that same
 * origin. Returned normalised (as the URL parser reads it), so the redirect means what was checked.
 */
export function sitePath(path: string | null, origin: string = siteUrl()): string | null {
  if (!path || !path.startsWith('/') || path.startsWith('//') || UNSAFE_IN_PATH.test(path)) return null
  try {
    const site = new URL(origin)
    const url = new URL(path, site)
    return url.origin === site.origin ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}

/** Only site paths may follow a preview: no other hosts ("//evil", "https://…", "/\t/evil"). */
export const isSitePath = (path: string | null): path is string => sitePath(path) !== null
