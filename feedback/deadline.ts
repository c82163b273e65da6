import type { CollectionBeforeChangeHook } from 'payload'

import { deadlineRules } from '@/cms/feedbackDeadlines'
import { addWorkingDays } from '@/domain/workingDays'
import type { Feedback } from '@/payload-types'

/**
 * Each item is due the set number of working days after the day it was received (the rules of the site
 * settings, cms/feedbackDeadlines.ts); fixed on receipt, so a later change of the rules moves no deadline.
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
