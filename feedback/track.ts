import type { Payload } from 'payload'

import type { Feedback } from '@/payload-types'
import { LIMITS, takeAttempt } from '@/guards/rateLimit'
import { hasAnsweredStatus } from './answered'
import { sameContact } from './validate'

export type TrackedFeedback = Pick<Feedback, 'trackingCode' | 'subject' | 'status' | 'createdAt' | 'answeredAt' | 'answer'>

export type TrackResult = { found: TrackedFeedback } | { notFound: true } | { retryAfter: number }

/** "pa-abcd 2345", "ABCD2345" → "PA-ABCD2345". */
export function normalizeTrackingCode(value: string): string {
  const bare = value.toUpperCase().replace(/[^A-Z0-9]/g, '')
  // The prefix is dropped only when present: a bare code may itself start with "PA".
  return `PA-${bare.length === 10 && bare.startsWith('PA') ? bare.slice(2) : bare}`
}

/**
 * What anyone holding the tracking code and the phone or email given with it may see: the status and
 * the answer. Never the name or contact details. Attempts are limited per address against guessing.
 */
export async function trackFeedback(payload: Payload, code: string, contact: string, address: string): Promise<TrackResult> {
  const wait = takeAttempt(LIMITS.tracking, address)
  if (wait) return { retryAfter: wait }
  if (!code.trim() || !contact.trim() || code.length > 40 || contact.length > 254) return { notFound: true }
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { trackingCode: { equals: normalizeTrackingCode(code) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { trackingCode: true, subject: true, status: true, createdAt: true, answeredAt: true, answer: true, email: true, phone: true },
  })
  const doc = docs[0]
  if (!doc || !sameContact(contact, doc)) return { notFound: true }
  const answered = hasAnsweredStatus(doc)
  return {
    found: {
      trackingCode: doc.trackingCode,
      subject: doc.subject,
      status: doc.status,
      createdAt: doc.createdAt,
      answeredAt: answered ? doc.answeredAt : null,
      answer: answered ? doc.answer : null,
    },
  }
}
