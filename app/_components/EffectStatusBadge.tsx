import { getTranslations } from 'next-intl/server'

import type { EffectStatus } from '@/domain/legalDocuments/vocabulary'

const tone: Record<EffectStatus, string> = {
  effective: 'bg-green-100 text-green-900',
  'not-yet-effective': 'bg-sky-100 text-sky-900',
  'partly-expired': 'bg-amber-100 text-amber-900',
  expired: 'bg-slate-200 text-slate-800',
}

/** The legal effect of a document, in words (never colour alone); "Chưa xác định" when it is not recorded. */
export async function EffectStatusBadge({ status }: { status: EffectStatus | null | undefined }) {
  const t = await getTranslations('documents.statusName')
  if (!status) return <span className="text-sm text-slate-700">{t('undetermined')}</span>
  return <span className={`inline-block rounded px-2 py-0.5 text-sm ${tone[status]}`}>{t(status)}</span>
}
