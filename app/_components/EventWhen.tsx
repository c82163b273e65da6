import { getLocale } from 'next-intl/server'

import { formatEventTime } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'

/** "08:00–11:30, 15/4/2027": when an event starts and ends, in Vietnam's time. */
export async function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt?: string | null }) {
  const locale = (await getLocale()) as Locale
  return <time dateTime={startsAt}>{formatEventTime(startsAt, endsAt, locale)}</time>
}
