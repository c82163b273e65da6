import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { publishedAnswers } from '@/feedback/answers'
import { EMAIL_QUEUE } from '@/feedback/emailTasks'
import { submitFeedback } from '@/feedback/submit'
import { trackFeedback } from '@/feedback/track'
import { normalizeTrackingCode } from '@/feedback/trackingCode'
import { feedbackInput, sameContact, validateFeedback } from '@/feedback/validate'
import { richText } from '@/cms/seed/richText'
import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
/** Runs the due feedback emails, as the app's jobs runner does. */
const runEmailJobs = () => payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100, silent: { error: true } })
let address = 0
/** Each test submits from its own address, so the rate limit only bites where a test wants it to. */
const nextAddress = () => `198.51.100.${++address}`

const valid = {
  name: 'Nguyễn Thị Lan',
  phone: '0912 345 678',
  email: '',
  subject: 'Hồ sơ đăng ký khai sinh bị trả lại',
  message: 'Tôi nộp hồ sơ đăng ký khai sinh cho con nhưng bị yêu cầu nộp thêm giấy tờ không có trong quy định.',
  consent: 'on',
}

beforeAll(async () => {
  // No SMTP server listens on port 1: every email try fails, and no submission may be lost for it
  // (delivery once a server answers: feedback-email.int.spec.ts).
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = '1'
  process.env.FEEDBACK_NOTIFY_TO = 'vanphong@example.gov.vn'
  ;({ payload, cleanup } = await bootPayload())
  // The refused tries are expected here: kept for the tests to assert instead of printed (any other error still prints).
  const logError = payload.logger.error.bind(payload.logger)
  vi.spyOn(payload.logger, 'error').mockImplementation(((line: unknown, ...rest: never[]) => {
    if (typeof line === 'string' && MAIL_REFUSED.test(line)) mailRefusals.push(line)
    else logError(line as never, ...rest)
  }) as never)
})

afterAll(async () => {
  delete process.env.SMTP_HOST
  await cleanup()
})

const MAIL_REFUSED =
  /^feedback PA-\w+: the (notification|answer) email( to the citizen)? failed \(connect ECONNREFUSED 127\.0\.0\.1:1\), try \d of 9/
const mailRefusals: string[] = []
const refusedFor = (code: string, what: 'notification' | 'answer') =>
  mailRefusals.filter((line) => line.startsWith(`feedback ${code}: the ${what} email`))

describe('validation', () => {
  it.each([
    [{ name: '' }, 'name', 'nameRequired'],
    [{ name: 'x'.repeat(101) }, 'name', 'nameTooLong'],
    [{ phone: '', email: '' }, 'contact', 'contactRequired'],
    [{ email: 'not-an-email' }, 'email', 'emailInvalid'],
    [{ email: 'a@b' }, 'email', 'emailInvalid'],
    [{ phone: '12345' }, 'phone', 'phoneInvalid'],
    [{ phone: '0912 345 678 999 000' }, 'phone', 'phoneInvalid'],
    [{ subject: '   ' }, 'subject', 'subjectRequired'],
    [{ subject: 's'.repeat(201) }, 'subject', 'subjectTooLong'],
    [{ message: 'ngắn quá' }, 'message', 'messageTooShort'],
    [{ message: 'x'.repeat(5001) }, 'message', 'messageTooLong'],
    [{ procedure: 'x'.repeat(201) }, 'procedure', 'procedureTooLong'],
    [{ consent: '' }, 'consent', 'consentRequired'],
    [{ name: 42 }, 'name', 'nameRequired'],
    [{ message: ['a', 'b'] }, 'message', 'messageTooShort'],
    [{ subject: { $gt: '' } }, 'subject', 'subjectRequired'],
  ])('%j → %s: %s', (change, field, code) => {
    expect(validateFeedback(feedbackInput({ ...valid, ...change }))).toMatchObject({ [field]: code })
  })

  it('accepts Vietnamese numbers in their usual forms, and an email alone', () => {
    for (const phone of ['0912345678', '0912.345.678', '+84 912 345 678', '84912345678', '028 3823 4567'])
      expect(validateFeedback(feedbackInput({ ...valid, phone })), phone).toEqual({})
    expect(validateFeedback(feedbackInput({ ...valid, phone: '', email: 'lan@example.com' }))).toEqual({})
  })

  it('matches a contact by digits or by email without case', () => {
    expect(sameContact('+84 912 345 678', { phone: '0912345678' })).toBe(true)
    expect(sameContact('LAN@Example.com', { email: 'lan@example.com' })).toBe(true)
    expect(sameContact('0912345679', { phone: '0912345678' })).toBe(false)
    expect(sameContact('', { phone: '' })).toBe(false)
  })
})

describe('submitting', () => {
  it('stores a valid submission with a tracking code, even though the email fails', async () => {
    const result = await submitFeedback(payload, valid, nextAddress())
    expect(result.ok).toBe(true)
    const code = (result as { trackingCode: string }).trackingCode
    expect(code).toMatch(/^PA-[A-HJ-NP-Z2-9]{8}$/)
    const find = () => payload.find({ collection: 'feedback', where: { trackingCode: { equals: code } } })
    const { docs } = await find()
    expect(docs[0]).toMatchObject({ name: valid.name, status: 'received', notification: 'queued' })
    expect(docs[0].consentAt).toBeTruthy()
    // The email is a job: the refused try leaves the item as it was and the job waiting to retry.
    await runEmailJobs()
    expect((await find()).docs[0]).toMatchObject({ name: valid.name, status: 'received', notification: 'queued' })
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { 'input.feedback': { equals: docs[0].id } } })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ taskSlug: 'notifyNewFeedback', totalTried: 1, hasError: false })
    expect(refusedFor(code, 'notification')).toEqual([expect.stringMatching(/try 1 of 9, will retry$/)])
  })

  it('stores nothing when the input is invalid or the honeypot is filled', async () => {
    const before = (await payload.count({ collection: 'feedback' })).totalDocs
    expect(await submitFeedback(payload, { ...valid, message: '' }, nextAddress())).toMatchObject({
      ok: false,
      errors: { message: 'messageTooShort' },
    })
    expect(await submitFeedback(payload, { ...valid, website: 'http://spam.example' }, nextAddress())).toMatchObject({
      ok: false,
      errors: { form: 'notAccepted' },
    })
    expect(await submitFeedback(payload, { ...valid, procedure: '00000000-0000-4000-8000-000000000000' }, nextAddress())).toMatchObject({
      ok: false,
      errors: { procedure: 'procedureUnknown' },
    })
    expect((await payload.count({ collection: 'feedback' })).totalDocs).toBe(before)
  })

  it('links the procedure a citizen names by its code or exact name, and keeps anything else as typed', async () => {
    const agency = await testAgency(payload)
    const birth = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, { code: '1.001193', name: 'Đăng ký khai sinh', _status: 'published' }),
      context,
    })
    const stored = async (procedure: string) => {
      const result = await submitFeedback(payload, { ...valid, procedure }, nextAddress())
      expect(result.ok, procedure).toBe(true)
      const { docs } = await payload.find({
        collection: 'feedback',
        where: { trackingCode: { equals: (result as { trackingCode: string }).trackingCode } },
        depth: 0,
      })
      return { procedure: docs[0].procedure ?? null, procedureText: docs[0].procedureText ?? null }
    }
    for (const typed of ['1.001193', '1.001193 – Đăng ký khai sinh', 'Đăng ký khai sinh', birth.id])
      expect(await stored(typed), typed).toEqual({ procedure: birth.id, procedureText: null })
    // Not one published procedure: kept for the officer, never a refusal (nor a link to the wrong one).
    for (const typed of ['khai sinh cho con', '1.999999', 'DROP TABLE procedures'])
      expect(await stored(typed), typed).toEqual({ procedure: null, procedureText: typed })
  })

  it('limits one address to 5 submissions in 15 minutes', async () => {
    const from = nextAddress()
    for (let i = 0; i < 5; i++) expect((await submitFeedback(payload, valid, from)).ok).toBe(true)
    const refused = await submitFeedback(payload, valid, from)
    expect(refused).toMatchObject({ ok: false, retryAfter: expect.any(Number) })
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(800)
    expect((await submitFeedback(payload, valid, nextAddress())).ok).toBe(true)
  })
})

describe('tracking and the public Q&A', () => {
  it('shows the status and answer to whoever has the code and the contact, nothing else', async () => {
    const { trackingCode } = (await submitFeedback(payload, valid, nextAddress())) as { trackingCode: string }
    const from = nextAddress()
    expect(await trackFeedback(payload, trackingCode, '0999999999', from)).toEqual({ notFound: true })
    const lower = trackingCode.toLowerCase().replace('-', ' ')
    const tracked = await trackFeedback(payload, lower, '+84 912 345 678', from)
    expect(tracked).toMatchObject({ found: { trackingCode, status: 'received', answer: null } })
    expect(JSON.stringify(tracked)).not.toMatch(/Nguyễn Thị Lan|0912|không có trong quy định/)
    expect(normalizeTrackingCode(' pa-abcd 2345 ')).toBe('PA-ABCD2345')
    expect(normalizeTrackingCode('paxk3m9q')).toBe('PA-PAXK3M9Q')
    // Not a code: letters outside the alphabet (0, O, 1, I), a wrong length.
    for (const wrong of ['PA-ABCD0OI1', 'PA-ABC', 'PA-ABCDEFGHJK', '']) expect(normalizeTrackingCode(wrong), wrong).toBeNull()
  })

  it('refuses to publish until answered with a public question; then the Q&A holds no personal data', async () => {
    const { trackingCode } = (await submitFeedback(payload, { ...valid, email: 'lan@example.com' }, nextAddress())) as {
      trackingCode: string
    }
    const { docs } = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } } })
    const id = docs[0].id
    const sendEmail = vi.spyOn(payload, 'sendEmail')
    await expect(payload.update({ collection: 'feedback', id, data: { publishAnswer: true }, context })).rejects.toMatchObject({
      data: { errors: [{ path: 'publishAnswer', message: expect.stringMatching(/Đã trả lời/) }] },
    })
    const answered = await payload.update({
      collection: 'feedback',
      id,
      data: {
        status: 'answered',
        answer: richText([
          'Bộ phận một cửa chỉ được yêu cầu giấy tờ có trong thủ tục đã công bố. Sở đã nhắc nhở công chức tiếp nhận.',
        ]) as never,
        publicQuestion: 'Hồ sơ đăng ký khai sinh bị yêu cầu nộp thêm giấy tờ ngoài quy định thì làm thế nào?',
        publishAnswer: true,
      },
      context,
    })
    expect(answered.answeredAt).toBeTruthy()
    // The citizen gave an email: the answer goes there once, by the jobs runner (the mail server here refuses; nothing breaks).
    await runEmailJobs()
    expect(sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({ to: 'lan@example.com', text: expect.stringContaining('Sở đã nhắc nhở công chức tiếp nhận') }),
    )
    expect(refusedFor(trackingCode, 'answer')).toEqual([expect.stringMatching(/try 1 of 9, will retry$/)])
    await payload.update({ collection: 'feedback', id, data: { status: 'closed' }, context })
    await runEmailJobs()
    expect(sendEmail.mock.calls.filter(([message]) => message.to === 'lan@example.com')).toHaveLength(1)
    sendEmail.mockRestore()
    const { items: answers, total } = await publishedAnswers(payload)
    expect(total).toBe(answers.length)
    expect(answers.map((answer) => answer.publicQuestion)).toContain(
      'Hồ sơ đăng ký khai sinh bị yêu cầu nộp thêm giấy tờ ngoài quy định thì làm thế nào?',
    )
    const published = JSON.stringify(answers)
    for (const secret of ['Nguyễn Thị Lan', '0912', 'lan@example.com', valid.message, valid.subject, trackingCode])
      expect(published).not.toContain(secret)
    // A later partial update cannot leave it published without its public question or answer.
    await expect(payload.update({ collection: 'feedback', id, data: { publicQuestion: '  ' }, context })).rejects.toMatchObject({
      data: { errors: [{ path: 'publishAnswer' }] },
    })
    await expect(payload.update({ collection: 'feedback', id, data: { status: 'processing' }, context })).rejects.toMatchObject({
      data: { errors: [{ path: 'publishAnswer' }] },
    })
    const tracked = await trackFeedback(payload, trackingCode, 'lan@example.com', nextAddress())
    expect(tracked).toMatchObject({ found: { status: 'closed', answer: expect.any(Object) } })
  })

  it('keeps feedback unreadable by the public', async () => {
    await expect(payload.find({ collection: 'feedback', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'page-feedback', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
