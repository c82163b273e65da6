import { getLocale } from 'next-intl/server'

import { type DatePrecision, formatDate, isoDay } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'

/** A date as precisely as it is known: "10/6/2015", "tháng 6/2015", or "2022" when only the year is. */
export async function IssueDate({ date, precision }: { date: string | null | undefined; precision?: DatePrecision | null }) {
  if (!date) return null
  const locale = (await getLocale()) as Locale
  return <time dateTime={isoDay(date)}>{formatDate(date, locale, precision)}</time>
}
