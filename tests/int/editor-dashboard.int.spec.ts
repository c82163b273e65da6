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
    expect(lists.feedbackDue.all[0].href).toMatch(/^\/admin\/collections\/feedback\?where\[and\]\[0\]\[status\]\[in\]\[0\]=received/)
  })

  it('links each collection’s own filtered list for content due for review, not only the first with hits', async () => {
    await payload.create({
      collection: 'guides',
      data: { title: 'Hướng dẫn quá hạn rà soát', lastReviewedAt: '2025-01-05T00:00:00.000Z', _status: 'published' } as never,
      context,
    })
    const lists = Object.fromEntries((await dashboardLists(payload, users.editor, now)).map((list) => [list.key, list]))
    const links = lists.reviewDue.all.map((link) => [link.collection, link.href])
    expect(links.map(([collection]) => collection)).toEqual(expect.arrayContaining(['procedures', 'guides']))
    for (const [collection, href] of links) {
      expect(href).toBe(`/admin/collections/${collection}?where[reviewDueAt][less_than_equal]=${encodeURIComponent(now.toISOString())}`)
    }
    expect(lists.reviewDue.all.reduce((sum, link) => sum + link.count, 0)).toBe(lists.reviewDue.total)
  })

  it('names scheduled publications by their document’s title, soonest first', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Thông báo lịch tiếp dân tháng 12', kind: 'announcement', _status: 'draft' },
      context,
    })
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Trang gỡ theo lịch', slug: 'trang-go-theo-lich', _status: 'published' } as never,
      context,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'pages', value: page.id } },
      waitUntil: new Date('2026-12-03T08:00:00+07:00'),
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: new Date('2026-12-02T08:00:00+07:00'),
    })
    const [list] = (await dashboardLists(payload, users.contributor, now)).filter((entry) => entry.key === 'scheduled')
    expect(list.total).toBe(2)
    expect(list.items).toEqual([
      {
        id: expect.any(String),
        title: 'Thông báo lịch tiếp dân tháng 12',
        href: `/admin/collections/news/${draft.id}`,
        at: '2026-12-02T01:00:00.000Z',
        note: 'publish',
      },
      {
        id: expect.any(String),
        title: 'Trang gỡ theo lịch',
        href: `/admin/collections/pages/${page.id}`,
        at: '2026-12-03T01:00:00.000Z',
        note: 'unpublish',
      },
    ])
  })

  it('lists failed emails: the department’s notifications and the answers to citizens, each linking to its item', async () => {
    const notified = await feedback('Thư báo lỗi', { notification: 'failed' })
    const answered = await feedback('Thư trả lời lỗi', { status: 'answered' })
    const job = await payload.jobs.queue({ task: 'sendAnswerToCitizen', queue: 'email', input: { feedback: String(answered.id) } })
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { hasError: true }, overrideAccess: true })
    const [list] = (await dashboardLists(payload, users.officer, now)).filter((entry) => entry.key === 'failedEmails')
    expect(list.total).toBe(2)
    expect(list.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: expect.stringContaining('Thư báo lỗi'),
          href: `/admin/collections/feedback/${notified.id}`,
          note: 'notification',
        }),
        expect.objectContaining({
          title: expect.stringContaining('Thư trả lời lỗi'),
          href: `/admin/collections/feedback/${answered.id}`,
          note: 'answer',
        }),
      ]),
    )
  })
})

describe('the lists of reviewed content', () => {
  it('open with one-click links to the items due for review and back to all, the active one marked', async () => {
    const { ReviewFilter } = await import('@/cms/admin/ReviewFilter')
    const render = async (searchParams: Record<string, string>) => {
      const element = (await ReviewFilter({
        collectionConfig: payload.collections.procedures.config,
        i18n: { language: 'vi' },
        payload,
        searchParams,
      } as never)) as { props: { children: { props: Record<string, unknown> }[] } }
      return element.props.children.map(({ props }) => ({ href: props.href, text: props.children, current: props['aria-current'] }))
    }
    const due = (await payload.count({ collection: 'procedures', where: { reviewDueAt: { less_than_equal: new Date().toISOString() } } }))
      .totalDocs
    expect(due).toBeGreaterThan(0)
    const [filtered, all] = await render({})
    expect(filtered).toMatchObject({ text: `Đến hạn rà soát (${due})`, current: undefined })
    expect(filtered.href).toMatch(/^\/admin\/collections\/procedures\?where\[reviewDueAt\]\[less_than_equal\]=\d{4}-/)
    expect(all).toEqual({ href: '/admin/collections/procedures', text: 'Tất cả', current: 'page' })
    const active = await render({ 'where[reviewDueAt][less_than_equal]': new Date().toISOString() })
    expect(active.map((link) => link.current)).toEqual(['page', undefined])
  })

  it('show the review-due column by default', () => {
    for (const slug of ['procedures', 'guides', 'pages'] as const) {
      expect(payload.collections[slug].config.admin.defaultColumns).toContain('reviewDueAt')
      expect(payload.collections[slug].config.admin.components?.beforeListTable).toEqual(['@/cms/admin/ReviewFilter#ReviewFilter'])
    }
  })
})

describe('the feedback list’s due flag', () => {
  it('uses the dashboard’s rule: two working days, weekends and listed holidays skipped', async () => {
    const { DueCell } = await import('@/feedback/admin/DueCell')
    const flag = async (dueAt: string, now: string, status = 'received') => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date(now))
      const element = await DueCell({ cellData: dueAt, rowData: { status }, payload, i18n: { language: 'vi' } } as never)
      vi.useRealTimers()
      const children = (element as { props: { children: unknown } } | null)?.props.children
      return Array.isArray(children) ? (children[1] as { props: { children: string } }).props.children : null
    }
    // Due at the end of Monday 4/5/2026: on Wednesday 29/4, five days before, the holidays 30/4 and 1/5
    // and the weekend leave one working day.
    const due = '2026-05-04T16:59:59.999Z'
    expect(await flag(due, '2026-04-29T10:00:00+07:00')).toBe('Sắp đến hạn')
    // Two working days left (Tuesday, Wednesday) is due soon, more than 48 hours ahead; four is not.
    expect(await flag('2026-04-29T16:59:59.999Z', '2026-04-27T09:00:00+07:00')).toBe('Sắp đến hạn')
    expect(await flag('2026-05-05T16:59:59.999Z', '2026-04-27T09:00:00+07:00')).toBeNull()
    expect(await flag(due, '2026-05-05T10:00:00+07:00')).toBe('Quá hạn')
    expect(await flag(due, '2026-05-05T10:00:00+07:00', 'answered')).toBeNull()
  })
})
