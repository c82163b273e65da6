import { getLocale, getTranslations } from 'next-intl/server'

import { type Locale, routing } from '../../i18n/routing'
import { type Href, LocalizedLink } from './LocalizedLink'

/** Link to the same page in the other language, labelled in that language. */
export async function LanguageSwitch({ href }: { href: Href }) {
  const locale = (await getLocale()) as Locale
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
  const t = await getTranslations({ locale: other, namespace: 'site' })
  return (
    <p className="no-print -mt-4 mb-4 text-right text-sm">
      <LocalizedLink href={href} locale={other} hrefLang={other} lang={other} title={t('thisPageInMyLanguage')}>
        {t('languageName')}
      </LocalizedLink>
    </p>
  )
}
