import { getTranslations } from 'next-intl/server'

import { type ListPage, shownRange } from '@/domain/listPage'

/** Lists whose messages have `count` (how many in all) and `shown` (which of them a page shows). */
type Namespace = 'procedures' | 'documents' | 'events' | 'online' | 'news' | 'feedback.answers'

type Props = { namespace: Namespace; list: ListPage<unknown>; pageSize: number; filtered?: boolean; className?: string }

/**
 * How many a list holds ("3.003 thủ tục"), or with several pages which this page shows ("Hiển thị
 * 21–40 trong 3.003 thủ tục"); counted as results when filters are chosen.
 */
export async function ListStatus({ namespace, list, pageSize, filtered = false, className = 'mb-6 mt-4 text-slate-700' }: Props) {
  const t = (await getTranslations(namespace as 'procedures')) as (key: 'count' | 'shown', values: Record<string, number>) => string
  const tf = await getTranslations('filters')
  const { total } = list
  const shown = shownRange(list.page, pageSize, list.items.length)
  const text =
    shown && list.totalPages > 1
      ? filtered
        ? tf('shown', { ...shown, total })
        : t('shown', { ...shown, total })
      : filtered
        ? tf('results', { count: total })
        : t('count', { count: total })
  return (
    <p className={className} role="status">
      {text}
    </p>
  )
}
