import { getTranslations } from 'next-intl/server'

import type { Procedure } from '@/payload-types'

type OnlineService = Procedure['onlineService']

/** The old Decree 43/2011 level an online service kind corresponds to, unless an editor set it. */
export function legacyLevel(service: OnlineService): '3' | '4' | null {
  if (service?.legacyLevel) return service.legacyLevel
  if (service?.level === 'full') return '4'
  if (service?.level === 'partial') return '3'
  return null
}

/** "Toàn trình (trước đây gọi là mức độ 4)": the current term with the legacy one citizens still use. */
export async function OnlineServiceBadge({ service }: { service: OnlineService }) {
  const t = await getTranslations('procedures.online')
  const level = service?.level ?? 'none'
  const legacy = legacyLevel(service)
  const tone =
    level === 'full' ? 'bg-green-100 text-green-900' : level === 'partial' ? 'bg-sky-100 text-sky-900' : 'bg-slate-100 text-slate-800'
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm ${tone}`}>
      {t(level)}
      {legacy ? ` (${t('legacy', { level: legacy })})` : null}
    </span>
  )
}
