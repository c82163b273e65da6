/**
 * Personal data in feedback (issue 18, Law 91/2025/QH15): closed items past their retention (site
 * settings, 24 months by default) lose the sender's name, contacts and words, with a fake clock; the
 * public question and answer stay; an officer erases or exports one citizen's data on request, and
 * both are in the audit trail.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { richText } from '@/cms/seed/richText'
import { ANONYMISED, anonymiseExpiredFeedback } from '@/feedback/retention'
import { flushRevalidation } from '@/cms/revalidation'
import { bootPayload, context } from '../fixtures/payload'
import { restClient } from '../fixtures/rest'

let payload: Payload
let cleanup: () => Promise<void>
let rest: Awaited<ReturnType<typeof restClient>>
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
let serial = 0

const NOW = new Date('2026-12-07T09:00:00.000Z')
const monthsBefore = (months: number) => {
  const date = new Date(NOW)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date
}

/** A feedback item from a citizen, made at `at` (the clock set back), answered and published then when `answered`. */
async function item(at: Date, options: { answered?: boolean; status?: string; email?: string } = {}) {
  const { answered = true, email = `nguoi-gui-${++serial}@example.vn` } = options
  const status = options.status ?? (answered ? 'answered' : 'received')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
  try {
    const doc = await payload.create({
      collection: 'feedback',
      data: {
        name: 'Nguyễn Văn An',
        email,
        phone: '0912345678',
        address: '12 Trần Phú, phường Ba Đình',
        subject: 'Hỏi về đăng ký khai sinh',
        message: 'Con tôi sinh ngày 01/02, tôi cần giấy tờ gì?',
        status,
        ...(answered
          ? {
              answer: richText(['Cần giấy chứng sinh và giấy tờ tùy thân.']),
              answeredAt: at.toISOString(),
              publishAnswer: true,
              publicQuestion: 'Đăng ký khai sinh cần giấy tờ gì?',
            }
          : {}),
      } as never,
      context,
    })
    // A later change, so that the item has earlier versions holding the same data.
    await payload.update({ collection: 'feedback', id: doc.id, data: { assignee: null } as never, context })
    return String(doc.id)
  } finally {
    vi.useRealTimers()
  }
}

const read = (id: string) => payload.findByID({ collection: 'feedback', id, depth: 0 }) as unknown as Promise<Record<string, unknown>>
const versions = async (id: string) => (await payload.findVersions({ collection: 'feedback', where: { parent: { equals: id } } })).totalDocs
const audit = async (action: string, documentId: string) =>
  (
    await payload.find({
      collection: 'audit-log' as 'users',
      where: { and: [{ action: { equals: action } }, { documentId: { equals: documentId } }] },
      depth: 0,
    })
  ).docs as unknown as { user: string; title: string }[]

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  vi.spyOn(payload.logger, 'warn').mockImplementation(() => undefined as never)
  vi.spyOn(payload.logger, 'info').mockImplementation(() => undefined as never)
  rest = await restClient()
  for (const [index, role] of (['admin', 'feedback-officer', 'editor'] as const).entries()) {
    const email = `${role}@so-noi-vu.vn`
    const password = `mat-khau-luu-giu-${index}`
    ids[role] = String((await payload.create({ collection: 'users', data: { email, password, roles: [role] }, context })).id)
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password } })).token!
  }
})

afterAll(async () => {
  // The second ask of each expiry (a second after the save) while the spy still keeps its warning.
  await flushRevalidation()
  await cleanup()
})

describe('retention of the personal data in feedback', () => {
  it('anonymises closed items past the period and keeps those inside it, open ones and the public answer', async () => {
    const expired = await item(monthsBefore(25))
    const kept = await item(monthsBefore(23))
    const open = await item(monthsBefore(30), { answered: false })
    const rejected = await item(monthsBefore(26), { answered: false, status: 'rejected' })
    expect(await versions(expired)).toBeGreaterThan(0)

    expect(await anonymiseExpiredFeedback(payload, NOW)).toBe(2)
    const gone = await read(expired)
    expect(gone).toMatchObject({ ...ANONYMISED, email: null, phone: null, address: null, status: 'answered', publishAnswer: true })
    expect(gone.publicQuestion).toBe('Đăng ký khai sinh cần giấy tờ gì?')
    expect(JSON.stringify(gone.answer)).toContain('Cần giấy chứng sinh')
    expect(gone.anonymisedAt).toBeTruthy()
    expect(await versions(expired), 'earlier versions held the same data').toBe(0)
    expect(await read(rejected)).toMatchObject({ name: ANONYMISED.name, email: null })
    for (const id of [kept, open]) expect(await read(id)).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912345678', anonymisedAt: null })

    // The next day's run changes nothing; a shorter period set by the department reaches the other one.
    expect(await anonymiseExpiredFeedback(payload, NOW)).toBe(0)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { feedbackRetentionMonths: 12, organisation: { name: 'Sở Nội vụ' } } as never,
      context,
    })
    expect(await anonymiseExpiredFeedback(payload, NOW)).toBe(1)
    expect(await read(kept)).toMatchObject({ name: ANONYMISED.name, phone: null })
    expect(await read(open)).toMatchObject({ name: 'Nguyễn Văn An' })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { feedbackRetentionMonths: 24, organisation: { name: 'Sở Nội vụ' } } as never,
      context,
    })
  })

  it('erases one citizen’s data on request (officers only), keeping the public answer, recorded once', async () => {
    const id = await item(monthsBefore(1))
    expect((await rest(tokens.editor, 'POST', `/feedback/${id}/erase`)).status).toBe(403)
    expect((await rest(null, 'POST', `/feedback/${id}/erase`)).status).toBe(401)
    expect(await read(id)).toMatchObject({ name: 'Nguyễn Văn An' })

    const erased = await rest(tokens['feedback-officer'], 'POST', `/feedback/${id}/erase`)
    expect(erased.status).toBe(200)
    expect(await read(id)).toMatchObject({
      ...ANONYMISED,
      email: null,
      phone: null,
      address: null,
      publicQuestion: 'Đăng ký khai sinh cần giấy tờ gì?',
    })
    expect(await versions(id)).toBe(0)
    const entries = await audit('erase', id)
    expect(entries.map((entry) => entry.user)).toEqual([ids['feedback-officer']])
    expect((await audit('update', id)).length, 'not also recorded as a change').toBe(0)
    expect((await rest(tokens.admin, 'POST', '/feedback/999999/erase')).status).toBe(404)
  })

  it('exports one citizen’s data on request: every item sent with the same email or phone, recorded', async () => {
    const email = 'tran-thi-binh@example.vn'
    const first = await item(monthsBefore(3), { email })
    await item(monthsBefore(2), { email })
    expect((await rest(tokens.editor, 'GET', `/feedback/${first}/personal-data`)).status).toBe(403)
    const exported = await rest(tokens['feedback-officer'], 'GET', `/feedback/${first}/personal-data`)
    expect(exported.status).toBe(200)
    const { items } = exported.body as { items: Record<string, unknown>[] }
    // The same phone number reaches the other test items too: all of them are this citizen's.
    expect(items.filter((entry) => entry.email === email)).toHaveLength(2)
    expect(items[0]).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912345678', message: 'Con tôi sinh ngày 01/02, tôi cần giấy tờ gì?' })
    expect((await audit('export', first)).map((entry) => entry.user)).toEqual([ids['feedback-officer']])
  })
})
