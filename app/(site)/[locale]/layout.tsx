import type { Metadata, Viewport } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { AlertBanner } from '@/app/_components/AlertBanner'
import { SiteShell } from '@/app/_components/SiteShell'
import { builtSiteUrl } from '@/domain/siteUrl'
import { isLocale, routing } from '@/i18n/routing'
import './globals.css'

export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }))

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f9c' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: 'site' })
  return {
    metadataBase: new URL(builtSiteUrl()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName: t('name'), type: 'website', locale: locale === 'en' ? 'en_US' : 'vi_VN' },
  }
}

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return (
    <SiteShell locale={locale}>
      <AlertBanner locale={locale} />
      {children}
    </SiteShell>
  )
}
