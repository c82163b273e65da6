import type { Metadata } from 'next'

import { getPathname } from '../i18n/navigation'
import { type Locale, routing } from '../i18n/routing'
import { siteUrl } from './site-url'

type Href = Parameters<typeof getPathname>[0]['href']

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternates(href: Href, locale: Locale): Metadata['alternates'] {
  const url = (target: Locale) => siteUrl() + getPathname({ href, locale: target })
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((target) => [target, url(target)])),
      'x-default': url(routing.defaultLocale),
    },
  }
}
