import { getTranslations } from 'next-intl/server'

import { lastUpdated } from '@/domain/lastUpdated'
import { formatDate } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'

/** "Cập nhật lần cuối": the later of the last review and the last save of the published text (domain/lastUpdated.ts). */
export async function LastReviewed({
  doc,
  locale,
}: {
  doc: { lastReviewedAt?: string | null; updatedAt?: string | null }
  locale: Locale
}) {
  const date = lastUpdated(doc)
  if (!date) return null
  const t = await getTranslations({ locale, namespace: 'site' })
  return <p className="mt-4 text-sm text-slate-700">{t('lastUpdated', { date: formatDate(date, locale) })}</p>
}
