import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { type Href, type Locale, localizedPath } from '@/i18n/routing'

export type { Href }

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: Href; locale?: Locale; query?: Record<string, string>; hash?: string }

/**
 * A plain link to a localized pathname ("/thu-tuc-hanh-chinh" → "/en/procedures"), rendered on the
 * server: public pages ship no client code of their own.
 */
export async function LocalizedLink({ href, locale, query, hash, ...props }: Props) {
  const target = locale ?? ((await getLocale()) as Locale)
  const search = query ? `?${new URLSearchParams(query)}` : ''
  return <a href={localizedPath(href, target) + search + (hash ? `#${hash}` : '')} {...props} />
}
