import { getTranslations } from 'next-intl/server'

import { LocalizedLink as Link } from './LocalizedLink'
import type { Locale } from '@/i18n/routing'

/** What a person can do next when a page does not exist. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('body')}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/thu-tuc-hanh-chinh" locale={locale}>
            {t('procedures')}
          </Link>
        </li>
        <li>
          <Link href="/" locale={locale}>
            {t('home')}
          </Link>
        </li>
      </ul>
    </>
  )
}
