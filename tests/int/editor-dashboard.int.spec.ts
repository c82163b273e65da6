import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
let agency: string
let dashboardLists: typeof import('@/cms/admin/dashboardQueries').dashboardLists

const feedback = (subject: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'feedback',
    data: { name: 'Nguyễn Văn A', subject, message: 'Nội dung', status: 'received', ...extra } as never,
    context,
  })
const vietnamDay = (iso?: string | null) => new Date(new Date(iso!).getTime() + 7 * 3600_000).toISOString().slice(0, 10)

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  ;({ dashboardLists } = await import('@/cms/admin/dashboardQueries'))
  agency = await testAgency(payload)
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      organisation: { name: 'Sở thử nghiệm' },
      feedbackTimeLimit: 5,
      publicHolidays: [{ date: '2026-04-30T00:00:00.000Z' }, { date: '2026-05-01T00:00:00.000Z' }],
    },
    context,
  })
})

afterEach(() => vi.useRealTimers())
afterAll(() => cleanup())

describe('feedback deadlines', () => {
  it('fall the set number of working days after receipt, skipping the weekend and the listed holidays', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // Friday 24/4 at 10:00: Mon 27, Tue 28, Wed 29, (30/4 and 1/5 off, the weekend), Mon 4, Tue 5.
    vi.setSystemTime(new Date('2026-04-24T10:00:00+07:00'))
    const item = await feedback('Hạn qua ngày lễ')
    expect(vietnamDay(item.dueAt)).toBe('2026-05-05')
  })

  it('received on a Saturday: counted from Monday', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-07T09:00:00+07:00'))
    expect(vietnamDay((await feedback('Nhận thứ Bảy')).dueAt)).toBe('2026-11-13')
  })

  it('cannot be set or moved by whoever saves the item', async () => {
    const item = await feedback('Hạn giả', { dueAt: '2099-01-01T00:00:00.000Z' })
    expect(item.dueAt).not.toBe('2099-01-01T00:00:00.000Z')
    const moved = await payload.update({
      collection: 'feedback',
      id: item.id,
      data: { dueAt: '2099-01-01T00:00:00.000Z' } as never,
      context,
    })
    expect(moved.dueAt).toBe(item.dueAt)
  })
})

describe('review dates', () => {
  it('fall the interval after the last review, and move when it is reviewed again', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: {
        ...procedureData(agency, { code: '1.090001', name: 'Thủ tục rà soát' }),
        lastReviewedAt: '2025-11-01T00:00:00.000Z',
        reviewIntervalMonths: 12,
        _status: 'published',
      },
      context,
    })
    expect(doc.reviewDueAt).toBe('2026-11-01T00:00:00.000Z')
    const reviewed = await payload.update({
      collection: 'procedures',
      id: doc.id,
      data: { lastReviewedAt: '2026-11-20T00:00:00.000Z', reviewIntervalMonths: 6 },
      context,
    })
    expect(reviewed.reviewDueAt).toBe('2027-05-20T00:00:00.000Z')
  })
})

describe('the admin dashboard', () => {
  const now = new Date('2026-12-01T09:00:00+07:00')
  const users = {
    editor: { id: 'e', roles: ['editor' as const] },
    contributor: { id: 'c', roles: ['contributor' as const] },
    officer: { id: 'f', roles: ['feedback-officer' as const] },
    admin: { id: 'a', roles: ['admin' as const] },
  }

  it('gives each role its own lists', async () => {
    const keys = async (user: (typeof users)[keyof typeof users]) => (await dashboardLists(payload, user, now)).map((list) => list.key)
    expect(await keys(users.editor)).toEqual(['drafts', 'scheduled', 'reviewDue', 'searchTop', 'searchEmpty'])
    expect(await keys(users.contributor)).toEqual(['drafts', 'scheduled', 'reviewDue'])
    expect(await keys(users.officer)).toEqual(['feedbackDue', 'failedEmails'])
    expect(await keys(users.admin)).toEqual(['drafts', 'scheduled', 'reviewDue', 'searchTop', 'searchEmpty', 'feedbackDue', 'failedEmails'])
    expect(await dashboardLists(payload, null, now)).toEqual([])
  })

  it('lists drafts, content due for review, and overdue feedback with a link to each', async () => {
    await payload.create({ collection: 'news', data: { title: 'Tin nháp chờ duyệt', kind: 'news', _status: 'draft' }, context })
    await payload.create({
      collection: 'procedures',
      data: {
        ...procedureData(agency, { code: '1.090002', name: 'Thủ tục quá hạn rà soát' }),
        lastReviewedAt: '2025-06-01T00:00:00.000Z',
        _status: 'published',
      },
      context,
    })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-02T10:00:00+07:00'))
    const late = await feedback('Phản ánh quá hạn')
    vi.useRealTimers()
    await feedback('Phản ánh đã trả lời', { status: 'answered' })
    const lists = Object.fromEntries((await dashboardLists(payload, users.admin, now)).map((list) => [list.key, list]))
    expect(lists.drafts.items.map((item) => item.title)).toContain('Tin nháp chờ duyệt')
    expect(lists.reviewDue.items).toContainEqual(
      expect.objectContaining({ title: 'Thủ tục quá hạn rà soát', href: expect.stringMatching(/^\/admin\/collections\/procedures\//) }),
    )
    expect(lists.feedbackDue.items).toContainEqual(
      expect.objectContaining({
        title: expect.stringContaining('Phản ánh quá hạn'),
        note: 'overdue',
        href: `/admin/collections/feedback/${late.id}`,
      }),
    )
    expect(lists.feedbackDue.items.map((item) => item.title).join()).not.toMatch(/đã trả lời/)
    expect(lists.feedbackDue.allHref).toMatch(/^\/admin\/collections\/feedback\?where\[and\]\[0\]\[status\]\[in\]\[0\]=received/)
  })
})
