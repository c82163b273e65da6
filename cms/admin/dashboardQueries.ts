import type { CollectionSlug, Payload, Where } from 'payload'

import { type Role, userHasRole } from '../access/roles'
import { weekOf } from '@/domain/search/queryLog'
import { addWorkingDays } from '@/domain/workingDays'
import { deadlineRules, OPEN_FEEDBACK_STATUSES } from '../feedbackDeadlines'

/** How many items each list shows; it says how many there are in all and links to them. */
export const DASHBOARD_LIST_SIZE = 5

export type DashboardItem = { id: string; title: string; href: string; at: string | null; note?: string }
export type DashboardList = { key: DashboardKey; items: DashboardItem[]; total: number; allHref: string | null }
export type DashboardKey = 'drafts' | 'scheduled' | 'reviewDue' | 'feedbackDue' | 'failedEmails' | 'searchTop' | 'searchEmpty'

type User = { id: string | number; roles?: Role[] | null }

const EDITORIAL: { slug: CollectionSlug; title: string }[] = [
  { slug: 'procedures', title: 'name' },
  { slug: 'guides', title: 'title' },
  { slug: 'legal-documents', title: 'title' },
  { slug: 'news', title: 'title' },
  { slug: 'events', title: 'title' },
  { slug: 'pages', title: 'title' },
]
const REVIEWED = EDITORIAL.filter(({ slug }) => ['procedures', 'guides', 'pages'].includes(slug))

const editHref = (collection: string, id: string | number) => `/admin/collections/${collection}/${id}`
const listHref = (collection: string, where: Record<string, unknown>) => `/admin/collections/${collection}?${toQuery({ where })}`

/** Payload's list view reads its filter as qs-style brackets: where[and][0][_status][equals]=draft. */
function toQuery(value: unknown, prefix = ''): string {
  if (value === null || typeof value !== 'object') return `${prefix}=${encodeURIComponent(String(value))}`
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => toQuery(inner, prefix ? `${prefix}[${key}]` : key))
    .join('&')
}

async function across(payload: Payload, collections: typeof EDITORIAL, where: Where, sort: string, draft: boolean) {
  const found = await Promise.all(
    collections.map(async ({ slug, title }) => {
      const result = await payload.find({
        collection: slug,
        where,
        sort,
        draft,
        limit: DASHBOARD_LIST_SIZE,
        depth: 0,
        overrideAccess: true,
      })
      return { slug, title, result }
    }),
  )
  return found
}

/**
 * One list over several collections: `drafts` newest first (their latest version, draft: true), or
 * `reviewDue` soonest first (the live documents).
 */
async function contentList(payload: Payload, key: 'drafts' | 'reviewDue', where: Where, at: string): Promise<DashboardList> {
  const found = await across(
    payload,
    key === 'reviewDue' ? REVIEWED : EDITORIAL,
    where,
    key === 'reviewDue' ? at : `-${at}`,
    key === 'drafts',
  )
  const items = found
    .flatMap(({ slug, title, result }) =>
      result.docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          id: String(record.id),
          title: String(record[title] ?? record.id),
          href: editHref(slug, String(record.id)),
          at: (record[at] as string) ?? null,
          note: slug,
        }
      }),
    )
    .sort((a, b) => (key === 'reviewDue' ? String(a.at).localeCompare(String(b.at)) : String(b.at).localeCompare(String(a.at))))
    .slice(0, DASHBOARD_LIST_SIZE)
  const total = found.reduce((sum, { result }) => sum + result.totalDocs, 0)
  const first = found.find(({ result }) => result.totalDocs > 0)
  return { key, items, total, allHref: first ? listHref(first.slug, where as Record<string, unknown>) : null }
}

async function scheduled(payload: Payload): Promise<DashboardList> {
  const where: Where = {
    and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
  }
  const { docs, totalDocs } = await payload.find({
    collection: 'payload-jobs',
    where,
    sort: 'waitUntil',
    limit: DASHBOARD_LIST_SIZE,
    depth: 0,
    overrideAccess: true,
  })
  const items = docs.map((job) => {
    const input = job.input as { doc?: { relationTo: string; value: string }; type?: string }
    return {
      id: String(job.id),
      title: input.doc ? `${input.doc.relationTo} ${input.doc.value}` : String(job.id),
      href: input.doc ? editHref(input.doc.relationTo, input.doc.value) : '/admin/collections/payload-jobs',
      at: job.waitUntil ?? null,
      note: input.type === 'unpublish' ? 'unpublish' : 'publish',
    }
  })
  return { key: 'scheduled', items, total: totalDocs, allHref: null }
}

async function feedbackDue(payload: Payload, now: Date): Promise<DashboardList> {
  const { holidays } = await deadlineRules(payload)
  // Open items late or due within two working days.
  const soon = addWorkingDays(now, 2, holidays).toISOString()
  const where: Where = { and: [{ status: { in: [...OPEN_FEEDBACK_STATUSES] } }, { dueAt: { less_than_equal: soon } }] }
  const { docs, totalDocs } = await payload.find({
    collection: 'feedback',
    where,
    sort: 'dueAt',
    limit: DASHBOARD_LIST_SIZE,
    depth: 0,
    overrideAccess: true,
  })
  const items = docs.map((doc) => ({
    id: String(doc.id),
    title: `${doc.trackingCode} · ${doc.subject}`,
    href: editHref('feedback', doc.id),
    at: doc.dueAt ?? null,
    note: doc.dueAt && new Date(doc.dueAt) < now ? 'overdue' : 'due-soon',
  }))
  return { key: 'feedbackDue', items, total: totalDocs, allHref: listHref('feedback', where as Record<string, unknown>) }
}

/** Emails that gave up after their retries: the department's notifications and the answers to citizens. */
async function failedEmails(payload: Payload): Promise<DashboardList> {
  const where: Where = { notification: { equals: 'failed' } }
  const { docs, totalDocs } = await payload.find({
    collection: 'feedback',
    where,
    sort: '-updatedAt',
    limit: DASHBOARD_LIST_SIZE,
    depth: 0,
    overrideAccess: true,
  })
  const jobs = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: 'email' } }, { hasError: { equals: true } }] },
    overrideAccess: true,
  })
  const items = docs.map((doc) => ({
    id: String(doc.id),
    title: `${doc.trackingCode} · ${doc.subject}`,
    href: editHref('feedback', doc.id),
    at: doc.updatedAt,
  }))
  return {
    key: 'failedEmails',
    items,
    total: Math.max(totalDocs, jobs.totalDocs),
    allHref: listHref('feedback', where as Record<string, unknown>),
  }
}

/**
 * This week's most searched queries and those with no results, from the search log (search/queryLog.ts
 * writes the collection search-queries; read here by its slug), most searched first.
 */
export async function weekQueries(payload: Payload, now = new Date(), limit = DASHBOARD_LIST_SIZE) {
  const week = weekOf(now)
  const where = (notFound: boolean): Where => ({ and: [{ week: { equals: week } }, ...(notFound ? [{ results: { equals: 0 } }] : [])] })
  const list = (notFound: boolean) =>
    payload.find({ collection: 'search-queries', where: where(notFound), sort: '-count', limit, depth: 0, overrideAccess: true })
  const [top, empty] = await Promise.all([list(false), list(true)])
  return { week, where, top: top.docs, empty: empty.docs, distinct: top.totalDocs, emptyDistinct: empty.totalDocs }
}

async function searchLists(payload: Payload, now: Date): Promise<[DashboardList, DashboardList]> {
  const found = await weekQueries(payload, now)
  const list = (key: 'searchTop' | 'searchEmpty', docs: typeof found.top, total: number): DashboardList => ({
    key,
    items: docs.map((doc) => ({
      id: String(doc.id),
      title: `${doc.query} (${doc.count})`,
      href: `/tim-kiem?${new URLSearchParams({ q: String(doc.query) })}`,
      at: null,
    })),
    total,
    allHref: listHref('search-queries', found.where(key === 'searchEmpty') as Record<string, unknown>),
  })
  return [list('searchTop', found.top, found.distinct), list('searchEmpty', found.empty, found.emptyDistinct)]
}

/**
 * What needs the signed-in user, by role: content staff see drafts waiting to be published, scheduled
 * publications and content due for review; editors and administrators also what citizens searched for
 * this week, and what they searched for and did not find; feedback officers see feedback near or past its deadline and
 * failed emails; administrators see everything.
 */
export async function dashboardLists(payload: Payload, user: User | null | undefined, now = new Date()): Promise<DashboardList[]> {
  const lists: Promise<DashboardList>[] = []
  if (userHasRole(user, 'admin', 'editor', 'contributor')) {
    lists.push(contentList(payload, 'drafts', { _status: { equals: 'draft' } }, 'updatedAt'))
    lists.push(scheduled(payload))
    lists.push(contentList(payload, 'reviewDue', { reviewDueAt: { less_than_equal: now.toISOString() } }, 'reviewDueAt'))
  }
  if (userHasRole(user, 'admin', 'editor')) {
    const searched = searchLists(payload, now)
    lists.push(
      searched.then(([top]) => top),
      searched.then(([, notFound]) => notFound),
    )
  }
  if (userHasRole(user, 'admin', 'feedback-officer')) {
    lists.push(feedbackDue(payload, now))
    lists.push(failedEmails(payload))
  }
  return Promise.all(lists)
}
