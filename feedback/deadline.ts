import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { addWorkingDays, vietnamDay } from '@/domain/workingDays'
import type { Feedback } from '@/payload-types'

export type DeadlineRules = { days: number; holidays: Set<string> }

/** The department's time limit and its listed days off (site settings). */
export async function deadlineRules(payload: Payload, req?: PayloadRequest): Promise<DeadlineRules> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return {
    days: settings.feedbackTimeLimit ?? 10,
    holidays: new Set((settings.publicHolidays ?? []).map((holiday) => vietnamDay(new Date(holiday.date)))),
  }
}

/** Statuses that still need the department: the others have been answered or closed. */
export const OPEN_STATUSES: Feedback['status'][] = ['received', 'processing']

/**
 * Each item is due the set number of working days after the day it was received (feedback/deadline
 * rules above); fixed on receipt, so a later change of the rules does not move existing deadlines.
 */
export const setDueDate: CollectionBeforeChangeHook<Feedback> = async ({ data, originalDoc, req }) => {
  // Whatever a client sends, the deadline stays the one set on receipt.
  if (originalDoc?.dueAt) return { ...data, dueAt: originalDoc.dueAt }
  const { days, holidays } = await deadlineRules(req.payload, req)
  // Received when created, or earlier for a letter an officer enters afterwards (never later than now).
  const given = originalDoc?.createdAt ?? data.createdAt
  const receivedAt = given && new Date(given) < new Date() ? new Date(given) : new Date()
  return { ...data, dueAt: addWorkingDays(receivedAt, days, holidays).toISOString() }
}
