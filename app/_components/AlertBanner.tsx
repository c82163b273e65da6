import { getTranslations } from 'next-intl/server'

import type { SiteSetting } from '../../payload-types'
import { alertIsActive } from '../../cms/queries/site'

const tone = {
  info: 'border-sky-700 bg-sky-50',
  warning: 'border-amber-600 bg-amber-50',
  urgent: 'border-red-700 bg-red-50',
} as const

/** The editors' alert (maintenance, deadlines) between its start and end times. */
export async function AlertBanner({ alert }: { alert: SiteSetting['alert'] }) {
  if (!alertIsActive(alert)) return null
  const t = await getTranslations('alert')
  return (
    <div role="region" aria-label={t('label')} className={`mb-6 border-l-4 px-4 py-3 ${tone[alert!.tone ?? 'info']}`}>
      <p>
        <strong>{t('label')}:</strong> {alert!.message}{' '}
        {alert!.url ? <a href={alert!.url}>{t('more')}</a> : null}
      </p>
    </div>
  )
}
