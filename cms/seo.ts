import type { Metadata } from 'next'

import { type Href, type Locale, localizedPath, routing } from '../i18n/routing'
import { siteUrl } from './site-url'

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternates(href: Href, locale: Locale): Metadata['alternates'] {
  const url = (target: Locale) => siteUrl() + localizedPath(href, target)
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((target) => [target, url(target)])),
      'x-default': url(routing.defaultLocale),
    },
  }
}
