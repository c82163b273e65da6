/** Vietnam's time zone: deadlines count in the department's days, not the server's. */
const ZONE_OFFSET_MS = 7 * 3600_000

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam. */
export const vietnamDay = (at: Date) => new Date(at.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 10)

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())

/** Whether a day is worked: not Saturday, Sunday or a listed public holiday (or day off in lieu). */
export const isWorkingDay = (day: string, holidays: ReadonlySet<string>) => !isWeekend(day) && !holidays.has(day)

/**
 * The deadline `days` working days after receipt: counting starts the working day after the day it was
 * received (whatever the hour), skips weekends and holidays, and ends at the close of the last day
 * (23:59:59.999 in Vietnam).
 */
export function addWorkingDays(receivedAt: Date, days: number, holidays: ReadonlySet<string>): Date {
  let day = vietnamDay(receivedAt)
  for (let counted = 0; counted < days;) {
    day = nextDay(day)
    if (isWorkingDay(day, holidays)) counted++
  }
  return new Date(Date.parse(`${nextDay(day)}T00:00:00Z`) - ZONE_OFFSET_MS - 1)
}

/** Working days from today until a deadline: 0 on its last day, negative once it has passed. */
export function workingDaysLeft(dueAt: Date, now: Date, holidays: ReadonlySet<string>): number {
  const today = vietnamDay(now)
  const last = vietnamDay(dueAt)
  if (now > dueAt) {
    let late = 0
    for (let day = last; day < today; day = nextDay(day)) if (isWorkingDay(nextDay(day), holidays)) late++
    return -Math.max(late, 1)
  }
  let left = 0
  for (let day = today; day < last; day = nextDay(day)) if (isWorkingDay(nextDay(day), holidays)) left++
  return left
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-time'

/** Overdue once passed; due soon with `soon` working days or fewer left. */
export const deadlineState = (dueAt: Date, now: Date, holidays: ReadonlySet<string>, soon = 2): DeadlineState => {
  if (now > dueAt) return 'overdue'
  return workingDaysLeft(dueAt, now, holidays) <= soon ? 'due-soon' : 'on-time'
}

/** A review date `months` after the last review (or publication): the same day of the month, or its last day. */
export function addMonths(from: Date, months: number): Date {
  const result = new Date(from)
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const last = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, last))
  return result
}
