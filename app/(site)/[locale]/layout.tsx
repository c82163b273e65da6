import type { Metadata, Viewport } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '../../_components/SiteFooter'
import { SiteHeader } from '../../_components/SiteHeader'
import { siteUrl } from '../../../cms/site-url'
import { routing } from '../../../i18n/routing'
import './globals.css'

export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }))

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f9c' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : 'vi', namespace: 'site' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
  }
}

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('site')
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Locale only, no messages: client parts (links, the language switch) get their text as props. */}
        <NextIntlClientProvider messages={null}>
        <a
          href="#main"
          className="sr-only bg-focus px-4 py-2 text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {t('skipToContent')}
        </a>
          <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
