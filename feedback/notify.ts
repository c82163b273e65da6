import type { Payload } from 'payload'

import type { Feedback } from '@/payload-types'
import { plainText } from '@/domain/plainText'
import { siteUrl } from '@/domain/siteUrl'

/** Where new feedback is announced: FEEDBACK_NOTIFY_TO, else the department's address in the site settings. */
async function recipient(payload: Payload): Promise<string | null> {
  if (process.env.FEEDBACK_NOTIFY_TO) return process.env.FEEDBACK_NOTIFY_TO
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  return settings.organisation?.email || null
}

/**
 * Tells the department that feedback arrived: its code, subject and a link to the admin. The citizen's
 * name and contact stay in the admin, out of mailboxes. Throws when the mail server fails (the job retries).
 */
export async function notifyNewFeedback(payload: Payload, feedback: Feedback): Promise<'sent' | 'no-recipient'> {
  const to = await recipient(payload)
  if (!to) return 'no-recipient'
  await payload.sendEmail({
    to,
    subject: `[${feedback.trackingCode}] Phản ánh, kiến nghị mới: ${feedback.subject}`,
    text: [
      `Mã theo dõi: ${feedback.trackingCode}`,
      `Tiêu đề: ${feedback.subject}`,
      '',
      `Xem và xử lý: ${siteUrl()}/admin/collections/feedback/${feedback.id}`,
    ].join('\n'),
  })
  return 'sent'
}

/**
 * Sends the answer to the citizen, when they gave an email address and the answer has text.
 * Throws when the mail server fails (the job retries).
 */
export async function sendAnswerToCitizen(payload: Payload, feedback: Feedback): Promise<boolean> {
  const answerText = plainText(feedback.answer).trim()
  if (!feedback.email || !answerText) return false
  await payload.sendEmail({
    to: feedback.email,
    subject: `[${feedback.trackingCode}] Sở đã trả lời phản ánh, kiến nghị của bạn`,
    text: [
      `Phản ánh, kiến nghị: ${feedback.subject}`,
      `Mã theo dõi: ${feedback.trackingCode}`,
      '',
      answerText,
      '',
      `Xem lại tại: ${siteUrl()}/phan-anh-kien-nghi/tra-cuu`,
    ].join('\n'),
  })
  return true
}
