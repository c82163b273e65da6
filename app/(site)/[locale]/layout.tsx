import type { Metadata, Viewport } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteShell } from '../../_components/SiteShell'
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
  return <SiteShell locale={locale}>{children}</SiteShell>
}
