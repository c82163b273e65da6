import type { Metadata } from 'next'

import { type Href, type Locale, localizedPath, routing } from '@/i18n/routing'
import { builtSiteUrl } from '@/domain/siteUrl'

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternates(href: Href, locale: Locale): Metadata['alternates'] {
  const url = (target: Locale) => builtSiteUrl() + localizedPath(href, target)
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((target) => [target, url(target)])),
      'x-default': url(routing.defaultLocale),
    },
  }
}

type PageSeo = {
  title?: string | null
  description?: string | null
  href: Href
  locale: Locale
  image?: string | null
  type?: 'website' | 'article'
}

/** Title, description, canonical + hreflang and Open Graph of a page. */
export function pageMetadata({ title, description, href, locale, image, type = 'website' }: PageSeo): Metadata {
  const links = alternates(href, locale)
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: links,
    openGraph: {
      type,
      url: links?.canonical as string,
      locale: locale === 'vi' ? 'vi_VN' : 'en_US',
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(image ? { images: [{ url: image }] } : {}),
    },
  }
}
