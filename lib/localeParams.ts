import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/routing'

/** Resolves the `[locale]` route param of a page, enabling static rendering with next-intl. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}
