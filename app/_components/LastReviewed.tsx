import { getTranslations } from 'next-intl/server'

import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'

/** When the page was last checked against the law and the facts (lastReviewedAt); nothing when it never was. */
export async function LastReviewed({ date, locale }: { date?: string | null; locale: Locale }) {
  if (!date) return null
  const t = await getTranslations({ locale, namespace: 'site' })
  return <p className="mt-4 text-sm text-slate-700">{t('lastReviewed', { date: formatDate(date, locale) })}</p>
}
