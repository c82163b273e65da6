import { getTranslations } from 'next-intl/server'

import { alertIsActive, getSiteSettings } from '@/lib/queries/site'
import type { Locale } from '@/i18n/routing'

const tone = {
  info: 'border-sky-700 bg-sky-50',
  warning: 'border-amber-600 bg-amber-50',
  urgent: 'border-red-700 bg-red-50',
} as const

/**
 * The editors' alert (maintenance, deadlines) on every page, between its start and end times. The
 * pages are static: jobs queued when the settings are saved expire them at those times
 * (`cms/jobs/alertSchedule.ts`).
 */
export async function AlertBanner({ locale }: { locale: Locale }) {
  const { alert } = await getSiteSettings(locale)
  if (!alertIsActive(alert)) return null
  const t = await getTranslations('alert')
  return (
    <div role="region" aria-label={t('label')} className={`mb-6 border-l-4 px-4 py-3 ${tone[alert!.tone ?? 'info']}`}>
      <p>
        <strong>{t('label')}:</strong> {alert!.message} {alert!.url ? <a href={alert!.url}>{t('more')}</a> : null}
      </p>
    </div>
  )
}
