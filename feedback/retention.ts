import type { Endpoint, Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { userHasRole } from '@/cms/access/roles'
import { jsonError } from '@/guards/requestChecks'
import { AUDIT_RECORDED, recordAudit } from '@/cms/audit/record'
import { RETENTION_DEFAULT_MONTHS } from '@/domain/feedbackRetention'
import type { Feedback } from '@/payload-types'

/** What stands in the required fields once the sender's data is gone. */
export const ANONYMISED = {
  name: '(đã ẩn danh)',
  subject: '(đã ẩn danh)',
  message: '(Nội dung đã xóa theo thời hạn lưu giữ dữ liệu cá nhân.)',
}

/** Statuses after which the department has finished with an item. */
const CLOSED = ['answered', 'rejected']

/** The personal data of one item, as an export on request gives it. */
const PERSONAL = [
  'trackingCode',
  'name',
  'email',
  'phone',
  'address',
  'subject',
  'message',
  'consentAt',
  'createdAt',
  'status',
  'answeredAt',
] as const

/** The first day on which an item closed at `closedAt` is past a retention of `months` (calendar months). */
export function retentionEnds(closedAt: Date, months: number): Date {
  const end = new Date(closedAt)
  end.setUTCMonth(end.getUTCMonth() + months)
  return end
}

/** The newest closing time still kept on `now`: items closed before it are past their retention. */
export const retentionCutoff = (now: Date, months: number) => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/**
 * Removes the sender's personal data from one item: name, email, phone, address and their own words
 * (subject, message); the status, dates, procedure, the public question and the answer stay, and so
 * does the Q&A. Its earlier versions, which hold the same data, are deleted. Through the Local API,
 * so both databases behave the same.
 */
export async function anonymiseFeedback(payload: Payload, id: string | number, req?: PayloadRequest) {
  await payload.update({
    collection: 'feedback',
    id,
    data: { ...ANONYMISED, email: null, phone: null, address: null, anonymisedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
  await payload.db.deleteVersions({ collection: 'feedback', where: { parent: { equals: id } }, ...(req ? { req } : {}) })
}

/**
 * Anonymises every closed item whose retention (site settings, RETENTION_DEFAULT_MONTHS when unset)
 * ended before `now`: closed means answered (from answeredAt) or not ours to answer (from its last
 * change). Returns how many. Run daily by the jobs queue.
 */
export async function anonymiseExpiredFeedback(payload: Payload, now = new Date()): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const months = (settings as { feedbackRetentionMonths?: number | null }).feedbackRetentionMonths ?? RETENTION_DEFAULT_MONTHS
  const cutoff = retentionCutoff(now, months).toISOString()
  const where: Where = {
    and: [
      { status: { in: CLOSED } },
      { anonymisedAt: { exists: false } },
      { or: [{ answeredAt: { less_than: cutoff } }, { and: [{ answeredAt: { exists: false } }, { updatedAt: { less_than: cutoff } }] }] },
    ],
  }
  let count = 0
  for (;;) {
    // Always the first page: each item anonymised leaves the set.
    const { docs } = await payload.find({
      collection: 'feedback',
      where,
      limit: 100,
      depth: 0,
      select: { status: true },
      overrideAccess: true,
    })
    if (docs.length === 0) break
    for (const doc of docs) await anonymiseFeedback(payload, doc.id)
    count += docs.length
  }
  if (count) payload.logger.info(`feedback: ${count} closed item(s) past their ${months}-month retention anonymised`)
  return count
}

export const RETENTION_TASK = 'anonymiseFeedback'

/** The daily run of anonymiseExpiredFeedback, at 02:30 (the server's time), on the default queue. */
export const retentionTask: TaskConfig = {
  slug: RETENTION_TASK,
  label: 'Ẩn danh phản ánh quá thời hạn lưu giữ',
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { anonymised: await anonymiseExpiredFeedback(req.payload) } }),
}

/**
 * The item a request on behalf of its sender names (`/:id/…`), for feedback officers and
 * administrators; otherwise the refusal to answer (401, 403, 404).
 */
async function requestedItem(req: PayloadRequest): Promise<Feedback | Response> {
  if (!req.user) return jsonError(401, 'Sign in.')
  if (!userHasRole(req.user as never, 'admin', 'feedback-officer')) return jsonError(403, 'Feedback officers and administrators only.')
  const id = String(req.routeParams?.id ?? '')
  const item = await req.payload.findByID({ collection: 'feedback', id, depth: 0, disableErrors: true, overrideAccess: true })
  return (item as Feedback | null) ?? jsonError(404, 'Not found.')
}

/**
 * POST /api/feedback/:id/erase — a citizen's request to erase their data, carried out by an officer:
 * the item is anonymised at once, whatever its status; the public answer stays. Recorded in the audit trail.
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const item = await requestedItem(req)
    if (item instanceof Response) return item
    await recordAudit(req, { action: 'erase', target: 'feedback', documentId: item.id, title: item.trackingCode ?? null })
    // Recorded by name above, not again as a change.
    req.context[AUDIT_RECORDED] = true
    await anonymiseFeedback(req.payload, item.id, req)
    return Response.json({ erased: true, trackingCode: item.trackingCode })
  },
}

/**
 * GET /api/feedback/:id/personal-data — a citizen's request to see their data: what the portal holds
 * on the sender of this item, and on every item sent with the same email or phone, as JSON to hand
 * over. Recorded in the audit trail.
 */
export const personalDataEndpoint: Endpoint = {
  path: '/:id/personal-data',
  method: 'get',
  handler: async (req) => {
    const item = await requestedItem(req)
    if (item instanceof Response) return item
    const same: Where[] = [{ id: { equals: item.id } }]
    if (item.email) same.push({ email: { equals: item.email } })
    if (item.phone) same.push({ phone: { equals: item.phone } })
    const { docs } = await req.payload.find({
      collection: 'feedback',
      where: { or: same },
      limit: 200,
      depth: 0,
      sort: 'createdAt',
      overrideAccess: true,
    })
    await recordAudit(req, {
      action: 'export',
      target: 'feedback',
      documentId: item.id,
      title: item.trackingCode ?? null,
      detail: `personal data, ${docs.length} item(s)`,
    })
    const items = docs.map((doc) =>
      Object.fromEntries(PERSONAL.map((field) => [field, (doc as unknown as Record<string, unknown>)[field] ?? null])),
    )
    return Response.json(
      { items },
      {
        headers: { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${item.trackingCode}.json"` },
      },
    )
  },
}
