/**
 * What the search log keeps of a query: the words as typed (lower case, spaces collapsed), never
 * anything that looks like personal data, counted per ISO week in Vietnam's time zone.
 */
import { toNfc } from './normalize'

/** Longest query kept; a longer one is cut (a citizen pasting a paragraph). */
export const MAX_LOGGED_QUERY = 100

/** Stands for the queries that looked like personal data: counted, not kept. */
export const PERSONAL_DATA_QUERY = '(dữ liệu cá nhân: không ghi / personal data: not kept)'

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/
/** Nine digits or more, however grouped: a phone number (10), an ID card number (9 or 12). */
const LONG_NUMBER = /\d(?:[\s.-]?\d){8,}/
/** A feedback tracking code (PA- and 8 characters): it opens someone's message with their contact. */
const TRACKING_CODE = /\bpa-?[a-z0-9]{8}\b/i

/** The query as the log keeps it, or PERSONAL_DATA_QUERY, or null when there is nothing to keep. */
export function loggedQuery(query: string): string | null {
  const text = toNfc(query).toLowerCase().replace(/\s+/g, ' ').trim()
  if (!text) return null
  if (EMAIL.test(text) || LONG_NUMBER.test(text) || TRACKING_CODE.test(text)) return PERSONAL_DATA_QUERY
  return text.slice(0, MAX_LOGGED_QUERY)
}

/** The ISO week of a moment in Vietnam's time (UTC+7, no daylight saving): "2026-W49". */
export function weekOf(moment: Date): string {
  const local = new Date(moment.getTime() + 7 * 3600_000)
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday) // the Thursday of the week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
