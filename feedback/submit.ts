import { sharedContext } from '@/cms/sharedContext'
import type { Payload } from 'payload'

import { LIMITS, takeAttempt } from '@/guards/rateLimit'
import { metrics } from '@/scripts/metrics.mjs'
import { queueNotification } from './emailTasks'
import { resolveProcedure } from './procedureChoice'
import { type FeedbackErrors, feedbackInput, HONEYPOT_FIELD, validateFeedback } from './validate'

export type SubmitResult = { ok: true; trackingCode: string } | { ok: false; errors: FeedbackErrors } | { ok: false; retryAfter: number }

const context = sharedContext({ disableRevalidate: true })

/**
 * Takes a citizen's phản ánh, kiến nghị from the public form or the JSON API: validates, limits each
 * address to a few submissions, stores it and queues the department's notification email (a job with
 * retries, feedback/emailTasks.ts): the citizen never waits for the mail server, and its failure loses nothing.
 */
export async function submitFeedback(payload: Payload, raw: Record<string, unknown>, address: string): Promise<SubmitResult> {
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD] !== '') return { ok: false, errors: { form: 'notAccepted' } }
  const input = feedbackInput(raw)
  const errors = validateFeedback(input)
  const choice = errors.procedure ? {} : await resolveProcedure(payload, input.procedure)
  if ('error' in choice) errors.procedure = choice.error
  if (Object.keys(errors).length) return { ok: false, errors }
  const wait = await takeAttempt(LIMITS.feedback, address)
  if (wait) return { ok: false, retryAfter: wait }

  const created = await payload.create({
    collection: 'feedback',
    data: {
      name: input.name,
      email: input.email || undefined,
      phone: input.phone || undefined,
      subject: input.subject,
      message: input.message,
      procedure: 'procedure' in choice ? choice.procedure : undefined,
      procedureText: 'procedureText' in choice ? choice.procedureText : undefined,
      consentAt: new Date().toISOString(),
      status: 'received',
      notification: 'queued',
    },
    overrideAccess: true,
    context,
  })
  await queueNotification(payload, created.id).catch(async (error: unknown) => {
    payload.logger.error({
      err: error,
      msg: `feedback ${created.trackingCode}: the notification email could not be queued; the submission is saved`,
    })
    await payload.update({ collection: 'feedback', id: created.id, data: { notification: 'failed' }, overrideAccess: true, context })
  })
  metrics().feedback.inc()
  return { ok: true, trackingCode: created.trackingCode! }
}
