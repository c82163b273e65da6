'use client'

import { useLocale } from 'next-intl'
import { useParams } from 'next/navigation'

import { getPathname, usePathname } from '../../i18n/navigation'
import { routing } from '../../i18n/routing'

/**
 * Link to the same page in the other language. A plain link, rendered on the server, so it works
 * without JavaScript and goes straight to the unprefixed Vietnamese URL (no redirect through /vi).
 */
export function LanguageSwitch({ label, title }: { label: string; title: string }) {
  const locale = useLocale()
  const pathname = usePathname()
  const params = useParams()
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
  // The typed href needs the pathname template and its params together.
  const href = getPathname({ href: { pathname, params } as never, locale: other })
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      title={title}
      className="rounded border border-white/70 px-3 py-1 text-sm text-white no-underline hover:bg-white/10 hover:text-white"
    >
      {label}
    </a>
  )
}
