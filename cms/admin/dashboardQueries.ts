import type { CollectionSlug, Payload, Where } from 'payload'

import { type Role, userHasRole } from '../access/roles'
import { weekOf } from '@/domain/search/queryLog'
import { addWorkingDays, deadlineState } from '@/domain/workingDays'
import { deadlineRules, DUE_SOON_WORKING_DAYS, OPEN_FEEDBACK_STATUSES } from '../feedbackDeadlines'
import { editHref, listHref, REVIEWED_COLLECTIONS, reviewDueWhere } from './listLinks'

/** How many items each list shows; it says how many there are in all and links to them. */
export const DASHBOARD_LIST_SIZE = 5

export type DashboardItem = { id: string; title: string; href: string; at: string | null; note?: string }
/** A link to the whole of a list: a collection's filtered admin list (`collection` names it when a list spans several). */
export type DashboardLink = { href: string; collection: CollectionSlug | null; count: number }
export type DashboardList = { key: DashboardKey; items: DashboardItem[]; total: number; all: DashboardLink[] }
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
const REVIEWED = EDITORIAL.filter(({ slug }) => (REVIEWED_COLLECTIONS as readonly string[]).includes(slug))

/** The task of Payload's scheduled publishing, and the feedback task that emails the answer to the citizen (feedback/emailTasks.ts). */
const SCHEDULE_TASK = 'schedulePublish'
const ANSWER_EMAIL_TASK = 'sendAnswerToCitizen'

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
  // Each collection with hits, filtered the same way.
  const all = found
    .filter(({ result }) => result.totalDocs > 0)
    .map(({ slug, result }) => ({ href: listHref(slug, where), collection: slug, count: result.totalDocs }))
  return { key, items, total, all }
}

/** The titles of documents named by collection and id, one query per collection. */
async function titlesOf(payload: Payload, refs: { relationTo: string; value: string }[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  const byCollection = new Map<string, string[]>()
  for (const { relationTo, value } of refs) byCollection.set(relationTo, [...(byCollection.get(relationTo) ?? []), value])
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const spec = EDITORIAL.find(({ slug }) => slug === collection)
      if (!spec) return
      const { docs } = await payload.find({
        collection: spec.slug,
        where: { id: { in: ids } },
        // The latest version: a scheduled publication is usually of a draft.
        draft: true,
        depth: 0,
        pagination: false,
        select: { [spec.title]: true },
        overrideAccess: true,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const title = doc[spec.title]
        if (typeof title === 'string' && title) titles.set(`${collection}:${doc.id}`, title)
      }
    }),
  )
  return titles
}

async function scheduled(payload: Payload): Promise<DashboardList> {
  const where: Where = {
    and: [{ taskSlug: { equals: SCHEDULE_TASK } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
  }
  const { docs, totalDocs } = await payload.find({
    collection: 'payload-jobs',
    where,
    sort: 'waitUntil',
    limit: DASHBOARD_LIST_SIZE,
    depth: 0,
    overrideAccess: true,
  })
  const inputs = docs.map((job) => job.input as { doc?: { relationTo: string; value: unknown }; type?: string })
  const refs = inputs.flatMap(({ doc }) => (doc ? [{ relationTo: doc.relationTo, value: String(doc.value) }] : []))
  const titles = await titlesOf(payload, refs)
  const items = docs.map((job, index) => {
    const { doc, type } = inputs[index]
    const ref = doc ? `${doc.relationTo}:${String(doc.value)}` : null
    return {
      id: String(job.id),
      // A document deleted since keeps its collection and id.
      title: (ref && titles.get(ref)) ?? (doc ? `${doc.relationTo} ${String(doc.value)}` : String(job.id)),
      href: doc ? editHref(doc.relationTo, String(doc.value)) : '/admin/collections/payload-jobs',
      at: job.waitUntil ?? null,
      note: type === 'unpublish' ? 'unpublish' : 'publish',
    }
  })
  return { key: 'scheduled', items, total: totalDocs, all: [] }
}

async function feedbackDue(payload: Payload, now: Date): Promise<DashboardList> {
  const { holidays } = await deadlineRules(payload)
  // Open items late or due within two working days: the rule of the feedback list's flag (deadlineState).
  const soon = addWorkingDays(now, DUE_SOON_WORKING_DAYS, holidays).toISOString()
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
    note: doc.dueAt ? deadlineState(new Date(doc.dueAt), now, holidays, DUE_SOON_WORKING_DAYS) : undefined,
  }))
  return { key: 'feedbackDue', items, total: totalDocs, all: [{ href: listHref('feedback', where), collection: null, count: totalDocs }] }
}

/**
 * Emails that gave up after their retries: the department's notifications of new feedback (the item's
 * notification field says failed) and the answers to citizens (their jobs failed), each linking to its
 * feedback item, newest first.
 */
async function failedEmails(payload: Payload): Promise<DashboardList> {
  const where: Where = { notification: { equals: 'failed' } }
  const [notifications, answers] = await Promise.all([
    payload.find({ collection: 'feedback', where, sort: '-updatedAt', limit: DASHBOARD_LIST_SIZE, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: ANSWER_EMAIL_TASK } }, { hasError: { equals: true } }] },
      sort: '-updatedAt',
      limit: DASHBOARD_LIST_SIZE,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const answerIds = answers.docs.map((job) => String((job.input as { feedback?: unknown }).feedback ?? ''))
  const answered = await payload.find({
    collection: 'feedback',
    where: { id: { in: answerIds.filter(Boolean) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const itemOf = new Map(answered.docs.map((doc) => [String(doc.id), doc]))
  const items: DashboardItem[] = [
    ...notifications.docs.map((doc) => ({
      id: `notification-${doc.id}`,
      title: `${doc.trackingCode} · ${doc.subject}`,
      href: editHref('feedback', doc.id),
      at: doc.updatedAt,
      note: 'notification',
    })),
    ...answers.docs.flatMap((job, index) => {
      const doc = itemOf.get(answerIds[index])
      // An item deleted since has no answer left to send.
      if (!doc) return []
      return [
        {
          id: `answer-${job.id}`,
          title: `${doc.trackingCode} · ${doc.subject}`,
          href: editHref('feedback', doc.id),
          at: job.updatedAt,
          note: 'answer',
        },
      ]
    }),
  ]
    .sort((a, b) => String(b.at).localeCompare(String(a.at)))
    .slice(0, DASHBOARD_LIST_SIZE)
  return {
    key: 'failedEmails',
    items,
    total: notifications.totalDocs + answers.totalDocs,
    all: notifications.totalDocs > 0 ? [{ href: listHref('feedback', where), collection: null, count: notifications.totalDocs }] : [],
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
    all: [{ href: listHref('search-queries', found.where(key === 'searchEmpty')), collection: null, count: total }],
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
    lists.push(contentList(payload, 'reviewDue', reviewDueWhere(now), 'reviewDueAt'))
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
