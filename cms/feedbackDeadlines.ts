import type { Payload, PayloadRequest } from 'payload'

import { vietnamDay } from '@/domain/workingDays'

/** Feedback statuses that still need the department: the others have been answered or closed. */
export const OPEN_FEEDBACK_STATUSES = ['received', 'processing'] as const

/** Working days before its deadline from which open feedback is "due soon" (the dashboard and the feedback list). */
export const DUE_SOON_WORKING_DAYS = 2

export type DeadlineRules = { days: number; holidays: Set<string> }

/** The department's feedback time limit (working days, 10 when unset) and its listed days off (site settings). */
export async function deadlineRules(payload: Payload, req?: PayloadRequest): Promise<DeadlineRules> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return {
    days: settings.feedbackTimeLimit ?? 10,
    holidays: new Set((settings.publicHolidays ?? []).map((holiday) => vietnamDay(new Date(holiday.date)))),
  }
}
