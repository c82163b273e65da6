'use client'

import { useLocale } from 'next-intl'
import { useParams } from 'next/navigation'

import { Link, usePathname } from '../../i18n/navigation'
import { routing } from '../../i18n/routing'

/** Link to the same page in the other language; server-rendered as a plain link, so it works without JavaScript. */
export function LanguageSwitch({ label, title }: { label: string; title: string }) {
  const locale = useLocale()
  const pathname = usePathname()
  const params = useParams()
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
  return (
    <Link
      // The typed href needs the pathname template and its params together.
      href={{ pathname, params } as never}
      locale={other}
      hrefLang={other}
      lang={other}
      title={title}
      className="rounded border border-white/70 px-3 py-1 text-sm text-white no-underline hover:bg-white/10 hover:text-white"
    >
      {label}
    </Link>
  )
}
