import { sharedContext } from '@/cms/sharedContext'
import type { Payload, PayloadRequest, TaskConfig, TaskHandlerArgs } from 'payload'

import type { Feedback } from '@/payload-types'
import { isAnswered } from './answered'
import { notifyNewFeedback, sendAnswerToCitizen } from './notify'

/** The jobs queue of feedback emails, run by the app's own runner (cms/payload.config.ts autoRun). */
export const EMAIL_QUEUE = 'email'
export const NOTIFY_TASK = 'notifyNewFeedback'
export const ANSWER_TASK = 'sendAnswerToCitizen'

/**
 * A mail server that is down is retried for about two hours: 8 retries, 30 s doubling each time
 * (30 s, 1 min, 2 min … 64 min; the runner looks every JOBS_CRON), then the email is given up.
 */
export const EMAIL_RETRIES = { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } } as const

/** Only the item's id goes into the job: the task reads the item (and the citizen's address) when it runs. */
type EmailJob = { input: { feedback: string }; output: object }

const context = sharedContext({ disableRevalidate: true })

/** Nodemailer's codes for a mail server that is unreachable, slow or refusing: worth a line, not a stack. */
const MAIL_SERVER_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'EENVELOPE',
  'EMESSAGE',
  'EPROTOCOL',
  'EREQUIRETLS',
])

type Send = (req: PayloadRequest, feedback: Feedback) => Promise<unknown>

/**
 * A task that reads the item (a deleted one has nothing left to send) and sends one email. A failure
 * is one log line (with a stack only when it is not the mail server's) and is thrown again for
 * Payload to retry with backoff; on the final try `onGiveUp` runs first.
 */
function emailTask(slug: string, label: string, what: string, send: Send, onGiveUp?: Send): TaskConfig<EmailJob> {
  return {
    slug,
    label,
    inputSchema: [{ name: 'feedback', type: 'text', required: true }],
    retries: EMAIL_RETRIES,
    handler: async ({ input, job, req }: TaskHandlerArgs<EmailJob>) => {
      let feedback: Feedback | null = null
      try {
        feedback = await req.payload.findByID({
          collection: 'feedback',
          id: input.feedback,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
        if (feedback) await send(req, feedback)
        return { output: {} }
      } catch (error) {
        const tried = (job.totalTried ?? 0) + 1
        const last = tried > EMAIL_RETRIES.attempts
        const reason = error instanceof Error ? error.message : String(error)
        const line = `feedback ${feedback?.trackingCode ?? input.feedback}: the ${what} failed (${reason}), try ${tried} of ${EMAIL_RETRIES.attempts + 1}, ${last ? 'given up' : 'will retry'}`
        if (MAIL_SERVER_CODES.has(String((error as { code?: unknown })?.code))) req.payload.logger.error(line)
        else req.payload.logger.error({ err: error, msg: line })
        if (last && feedback && onGiveUp) await onGiveUp(req, feedback)
        throw error
      }
    },
  }
}

const setNotification = (req: PayloadRequest, id: string, notification: NonNullable<Feedback['notification']>) =>
  req.payload.update({ collection: 'feedback', id, data: { notification }, overrideAccess: true, context, req })

/** Tells the department of new feedback; the item's `notification` becomes sent, no-recipient or (given up) failed. */
export const notifyNewFeedbackTask = emailTask(
  NOTIFY_TASK,
  'Thư báo phản ánh mới cho Sở / New feedback email to the department',
  'notification email',
  async (req, feedback) => setNotification(req, feedback.id, await notifyNewFeedback(req.payload, feedback)),
  (req, feedback) => setNotification(req, feedback.id, 'failed'),
)

/** Sends the answer to the citizen, if the item is still answered when the job runs. */
export const sendAnswerToCitizenTask = emailTask(
  ANSWER_TASK,
  'Gửi câu trả lời cho người dân / Answer email to the citizen',
  'answer email to the citizen',
  async (req, feedback) => isAnswered(feedback) && sendAnswerToCitizen(req.payload, feedback),
)

export const feedbackEmailTasks = [notifyNewFeedbackTask, sendAnswerToCitizenTask]

/** Queues the department's notification of a new item (a database write: the citizen does not wait for SMTP). */
export const queueNotification = (payload: Payload, id: string, req?: PayloadRequest) =>
  payload.jobs.queue({ task: NOTIFY_TASK, input: { feedback: id }, queue: EMAIL_QUEUE, req })

/** Queues the answer email to the citizen. */
export const queueAnswerEmail = (payload: Payload, id: string, req?: PayloadRequest) =>
  payload.jobs.queue({ task: ANSWER_TASK, input: { feedback: id }, queue: EMAIL_QUEUE, req })
