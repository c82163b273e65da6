import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'

import { logger } from '@/scripts/log.mjs'

/**
 * Outgoing email through Payload's nodemailer adapter. With SMTP_HOST set it sends through that server
 * (SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, SMTP_FROM); without it nothing leaves the machine:
 * each message is built and its sending logged (not its recipients or subject: a citizen's address or
 * words), which is what development and tests want.
 */
export function emailAdapter() {
  const from = { defaultFromAddress: process.env.SMTP_FROM || 'no-reply@cchc.local', defaultFromName: 'Cổng thông tin CCHC' }
  if (process.env.SMTP_HOST) {
    const smtp = nodemailer.createTransport({
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      // Mail is sent by the jobs runner (feedback/emailTasks.ts): a stalled server fails the try, which is retried.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 15_000,
    })
    return nodemailerAdapter({ ...from, skipVerify: true, transport: smtp })
  }
  const built = nodemailer.createTransport({ jsonTransport: true })
  const logOnly = {
    sendMail: async (message: SendMailOptions) => {
      const info = await built.sendMail(message)
      const recipients = [message.to, message.cc, message.bcc].flat().filter(Boolean).length
      logger().info({ recipients }, 'email built, not sent (no SMTP_HOST)')
      return info
    },
  }
  return nodemailerAdapter({ ...from, skipVerify: true, transport: logOnly as unknown as Transporter })
}
