import type { Payload } from 'payload'

import type { Feedback } from '@/payload-types'
import { LIMITS, takeAttempt } from '@/guards/rateLimit'
import { hasAnsweredStatus } from './answered'
import { normalizeTrackingCode } from './trackingCode'
import { sameContact } from './validate'

export type TrackedFeedback = Pick<Feedback, 'trackingCode' | 'subject' | 'status' | 'createdAt' | 'answeredAt' | 'answer'>

export type TrackResult = { found: TrackedFeedback } | { notFound: true } | { retryAfter: number }

/**
 * What anyone holding the tracking code and the phone or email given with it may see: the status and
 * the answer. Never the name or contact details. Attempts are limited per address against guessing.
 */
export async function trackFeedback(payload: Payload, code: string, contact: string, address: string): Promise<TrackResult> {
  const wait = await takeAttempt(LIMITS.tracking, address)
  if (wait) return { retryAfter: wait }
  const trackingCode = code.length <= 40 ? normalizeTrackingCode(code) : null
  if (!trackingCode || !contact.trim() || contact.length > 254) return { notFound: true }
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { trackingCode: { equals: trackingCode } },
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
