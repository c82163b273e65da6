import type { Locale } from './routing'

/** Every date and time on the site is shown in Vietnam's time, whatever the server's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

export type DatePrecision = 'day' | 'month' | 'year'

type DateInput = string | Date

const toDate = (value: DateInput) => (typeof value === 'string' ? new Date(value) : value)

/** Numeric day, month and year of an instant in Vietnam. */
function calendarDay(value: DateInput) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    toDate(value),
  )
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

const englishMonth = (month: number) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1))

/** "2024-11-20": the day in Vietnam, for a <time dateTime> attribute. */
export function isoDay(value: DateInput): string {
  const { year, month, day } = calendarDay(value)
  return [year, month, day].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
}

/** vi "20/11/2024", "tháng 6/2015", "2022"; en "20 November 2024", "June 2015", "2022". */
export function formatDate(value: DateInput, locale: Locale, precision: DatePrecision | null = 'day'): string {
  const { year, month, day } = calendarDay(value)
  if (precision === 'year') return String(year)
  if (locale === 'vi') return precision === 'month' ? `tháng ${month}/${year}` : `${day}/${month}/${year}`
  return precision === 'month' ? `${englishMonth(month)} ${year}` : `${day} ${englishMonth(month)} ${year}`
}

/** "08:00", 24-hour, in Vietnam. */
export function formatTime(value: DateInput): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(value),
  )
}

const at = (value: DateInput, locale: Locale) =>
  locale === 'vi' ? `${formatTime(value)}, ${formatDate(value, locale)}` : `${formatDate(value, locale)}, ${formatTime(value)}`

/** vi "08:00–11:30, 15/4/2027"; en "15 April 2027, 08:00–11:30". Two days: "08:00, 15/4/2027 – 11:30, 16/4/2027". */
export function formatEventTime(startsAt: DateInput, endsAt: DateInput | null | undefined, locale: Locale): string {
  if (!endsAt) return at(startsAt, locale)
  if (isoDay(startsAt) !== isoDay(endsAt)) return `${at(startsAt, locale)} – ${at(endsAt, locale)}`
  const times = `${formatTime(startsAt)}–${formatTime(endsAt)}`
  return locale === 'vi' ? `${times}, ${formatDate(startsAt, locale)}` : `${formatDate(startsAt, locale)}, ${times}`
}

/** vi "2.000 đồng", en "VND 2,000". */
export function formatMoney(amount: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(amount)
  return locale === 'vi' ? `${number} đồng` : `VND ${number}`
}
