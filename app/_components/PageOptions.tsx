import { getLocale, getTranslations } from 'next-intl/server'

import { type Locale, localizedPath, routing } from '@/i18n/routing'
import { type Href, LocalizedLink } from './LocalizedLink'

/**
 * Options for reading this page, above its title: the same page in the other language (labelled in
 * that language), and text size and contrast (a form that returns here).
 */
export async function PageOptions({ href }: { href: Href }) {
  const locale = (await getLocale()) as Locale
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
  const tOther = await getTranslations({ locale: other, namespace: 'site' })
  const t = await getTranslations({ locale, namespace: 'display' })
  const here = localizedPath(href, locale)
  return (
    <p className="no-print -mt-4 mb-4 flex flex-wrap justify-end gap-x-6 text-sm">
      <LocalizedLink href="/hien-thi" query={{ tu: here }}>
        {t('link')}
      </LocalizedLink>
      <LocalizedLink href={href} locale={other} hrefLang={other} lang={other} title={tOther('thisPageInMyLanguage')}>
        {tOther('languageName')}
      </LocalizedLink>
    </p>
  )
}
