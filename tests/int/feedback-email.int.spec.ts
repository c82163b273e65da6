import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { EMAIL_QUEUE, EMAIL_RETRIES } from '@/feedback/emailTasks'
import { submitFeedback } from '@/feedback/submit'
import { richText } from '@/cms/seed/richText'
import { bootPayload, context } from '../fixtures/payload'
import { freePort, smtpServer } from '../fixtures/smtp'

let payload: Payload
let cleanup: () => Promise<void>
let port: number
const smtp = smtpServer()
let address = 0
const nextAddress = () => `203.0.113.${++address}`

const citizen = {
  name: 'Trần Văn Bình',
  phone: '0987 654 321',
  email: 'binh@example.com',
  subject: 'Thủ tục cấp phép xây dựng quá hạn',
  message: 'Hồ sơ cấp phép xây dựng nhà ở của tôi đã quá hạn giải quyết ba tuần mà chưa có thông báo.',
  consent: 'on',
}
const personal = [citizen.name, '0987', citizen.email, citizen.message]

beforeAll(async () => {
  // SMTP_PORT points at a port nothing listens on until a test starts the server there.
  port = await freePort()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.FEEDBACK_NOTIFY_TO = 'vanphong@example.gov.vn'
  // The app's runner, once started (last test), looks every second instead of every minute.
  process.env.JOBS_CRON = '* * * * * *'
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(async () => {
  await smtp.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  delete process.env.JOBS_CRON
  await cleanup()
})

/** The email queue's due jobs, run as the app's autoRun does (its own one-line error logs). */
const runEmailJobs = () => payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100, silent: { error: true } })

async function jobsOf(feedback: string, task: string) {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } }, pagination: false })
  return docs.filter((job) => (job.input as { feedback?: string })?.feedback === feedback)
}

async function jobOf(feedback: string, task: string) {
  const mine = await jobsOf(feedback, task)
  expect(mine).toHaveLength(1)
  return mine[0]
}

/** As if the backoff had passed: the job is due now. */
const makeDue = (id: string) =>
  payload.update({ collection: 'payload-jobs', id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })

const itemOf = async (trackingCode: string) =>
  (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } }, depth: 0 })).docs[0]

describe('feedback emails go through the jobs queue', () => {
  it('a request returns in under 1 s with the mail server down; the email is sent once it is back', async () => {
    const started = performance.now()
    const result = await submitFeedback(payload, citizen, nextAddress())
    const elapsed = performance.now() - started
    expect(result.ok).toBe(true)
    expect(elapsed).toBeLessThan(1000)
    const { trackingCode } = result as { trackingCode: string }
    const item = await itemOf(trackingCode)
    expect(item).toMatchObject({ name: citizen.name, notification: 'queued' })

    // Only the item's id is in the job: no personal data in the queue.
    let job = await jobOf(item.id, 'notifyNewFeedback')
    expect(job).toMatchObject({ queue: EMAIL_QUEUE, input: { feedback: item.id } })
    for (const secret of personal) expect(JSON.stringify(job.input)).not.toContain(secret)

    // The server refuses: one log line without a stack (kept here, not printed), and a retry later (exponential backoff).
    const error = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    await runEmailJobs()
    expect(error).toHaveBeenCalledTimes(1)
    const [line] = error.mock.calls[0] as unknown as [string]
    expect(line).toMatch(
      new RegExp(
        `^feedback ${trackingCode}: the notification email failed \\(.*ECONNREFUSED.*\\), try 1 of ${EMAIL_RETRIES.attempts + 1}, will retry$`,
      ),
    )
    expect(line).not.toContain('\n')
    error.mockRestore()
    job = await jobOf(item.id, 'notifyNewFeedback')
    expect(job).toMatchObject({ totalTried: 1, hasError: false })
    expect(job.completedAt).toBeFalsy()
    const wait = new Date(job.waitUntil!).getTime() - Date.now()
    expect(wait).toBeGreaterThan(EMAIL_RETRIES.backoff.delay - 5000)
    expect((await itemOf(trackingCode)).notification).toBe('queued')

    // The server is back, but the retry is not due yet: nothing is sent early.
    await smtp.listen(port)
    await runEmailJobs()
    expect(smtp.received).toHaveLength(0)

    await makeDue(job.id)
    await runEmailJobs()
    await runEmailJobs()
    const mails = smtp.received.filter((mail) => mail.to.includes('vanphong@example.gov.vn'))
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain(trackingCode)
    expect(mails[0].subject).toContain(citizen.subject)
    expect(mails[0].text).toContain(`Mã theo dõi: ${trackingCode}`)
    expect(mails[0].text).toContain(`/admin/collections/feedback/${item.id}`)
    for (const secret of personal) expect(mails[0].raw + mails[0].text).not.toContain(secret)
    expect((await itemOf(trackingCode)).notification).toBe('sent')
    // Done: Payload deletes a completed job, so nothing is left to retry.
    expect(await jobsOf(item.id, 'notifyNewFeedback')).toEqual([])
  })

  it('the answer to the citizen is queued by the officer’s save and delivered once, after a refusal', async () => {
    const { trackingCode } = (await submitFeedback(payload, citizen, nextAddress())) as { trackingCode: string }
    await runEmailJobs()
    const item = await itemOf(trackingCode)
    expect(item.notification).toBe('sent')
    await smtp.close()

    const sendEmail = vi.spyOn(payload, 'sendEmail')
    const started = performance.now()
    await payload.update({
      collection: 'feedback',
      id: item.id,
      data: { status: 'answered', answer: richText(['Sở đã yêu cầu bộ phận một cửa trả kết quả trong tuần này.']) as never },
      context,
    })
    // The save only queues the email: the officer does not wait for the mail server.
    expect(performance.now() - started).toBeLessThan(1000)
    expect(sendEmail).not.toHaveBeenCalled()
    sendEmail.mockRestore()
    const job = await jobOf(item.id, 'sendAnswerToCitizen')
    expect(job.input).toEqual({ feedback: item.id })

    const error = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    await runEmailJobs()
    expect(error.mock.calls.map(([line]) => line)).toEqual([
      expect.stringMatching(
        new RegExp(`^feedback ${trackingCode}: the answer email to the citizen failed \\(.*ECONNREFUSED.*\\), try 1 of`),
      ),
    ])
    error.mockRestore()
    expect(await jobOf(item.id, 'sendAnswerToCitizen')).toMatchObject({ totalTried: 1, hasError: false })
    await smtp.listen(port)
    await makeDue(job.id)
    await runEmailJobs()
    // Saved again, answered still: no second email.
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'closed' }, context })
    await runEmailJobs()
    const answers = smtp.received.filter((mail) => mail.to.includes(citizen.email))
    expect(answers).toHaveLength(1)
    expect(answers[0].subject).toContain(trackingCode)
    expect(answers[0].text).toContain('Sở đã yêu cầu bộ phận một cửa trả kết quả trong tuần này.')
    expect(await jobsOf(item.id, 'sendAnswerToCitizen')).toEqual([])
  })

  it('gives up after the retries and says so on the item', async () => {
    await smtp.close()
    const before = smtp.received.length
    const { trackingCode } = (await submitFeedback(payload, citizen, nextAddress())) as { trackingCode: string }
    const item = await itemOf(trackingCode)
    const error = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    for (let run = 1; run <= EMAIL_RETRIES.attempts + 1; run++) {
      expect((await itemOf(trackingCode)).notification, `before try ${run}`).toBe('queued')
      await makeDue((await jobOf(item.id, 'notifyNewFeedback')).id)
      await runEmailJobs()
    }
    const lines = error.mock.calls.map(([line]) => line)
    error.mockRestore()
    expect(lines).toHaveLength(EMAIL_RETRIES.attempts + 1)
    expect(lines.at(-1)).toMatch(/try 9 of 9, given up$/)
    expect((await itemOf(trackingCode)).notification).toBe('failed')
    expect(await jobOf(item.id, 'notifyNewFeedback')).toMatchObject({ hasError: true, totalTried: EMAIL_RETRIES.attempts + 1 })
    // No further try.
    await makeDue((await jobOf(item.id, 'notifyNewFeedback')).id)
    await runEmailJobs()
    expect((await jobOf(item.id, 'notifyNewFeedback')).totalTried).toBe(EMAIL_RETRIES.attempts + 1)
    expect(smtp.received.length).toBe(before)
  })

  it('the app’s Payload client runs the queue by itself: no visitor, no explicit run', async () => {
    await smtp.listen(port)
    const before = smtp.received.length
    const { trackingCode } = (await submitFeedback(payload, citizen, nextAddress())) as { trackingCode: string }
    // What the app's first use of Payload does (scripts/server.mjs asks /next/health at start): the runner starts.
    const { getPayloadClient } = await import('@/lib/queries/payload')
    await getPayloadClient()
    await vi.waitFor(
      () => expect(smtp.received.slice(before).map((mail) => mail.subject)).toEqual([expect.stringContaining(trackingCode)]),
      {
        timeout: 10_000,
        interval: 200,
      },
    )
    await vi.waitFor(async () => expect((await itemOf(trackingCode)).notification).toBe('sent'), { timeout: 5000 })
  })
})
