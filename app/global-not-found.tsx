import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { NotFoundContent } from './_components/NotFoundContent'
import { SiteShell } from './_components/SiteShell'
import { isLocale, routing } from '@/i18n/routing'
import './(site)/[locale]/globals.css'

/**
 * The server-rendered 404 page. With two root layouts (admin and site), Next renders this file, not the
 * segment's not-found, when a page calls notFound() during SSR, so the page must work without JavaScript.
 */
async function notFoundLocale() {
  const locale = await getLocale()
  return isLocale(locale) ? locale : routing.defaultLocale
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await notFoundLocale(), namespace: 'notFound' })
  return { title: t('title'), robots: { index: false }, icons: { icon: '/favicon.svg' } }
}

export default async function GlobalNotFound() {
  const locale = await notFoundLocale()
  return (
    <SiteShell locale={locale}>
      <NotFoundContent locale={locale} />
    </SiteShell>
  )
}
