import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/domain/auditActions'
import { clientAddress } from '@/guards/rateLimit'

export const AUDIT_LOG_SLUG = 'audit-log'

/** Set in the context of a write whose action was already recorded by name (an import's apply). */
export const AUDIT_RECORDED = 'auditRecorded'

export type AuditEntry = {
  action: AuditAction
  /** The collection or global acted on ('users' for sign-ins). */
  target?: string
  documentId?: string | number | null
  title?: string | null
  /** What changed, in a few words (roles before → after, the schedule's date); never personal data. */
  detail?: string | null
  /** The account a failed sign-in named, when no one is signed in. */
  account?: string | null
  /** Who acted, when the request does not say yet (a sign-in). */
  actor?: { id: string | number; email?: string }
}

const short = (value: unknown, max = 300) => (value === null || value === undefined ? null : String(value).slice(0, max))

/**
 * Writes one entry of the audit trail: who (the signed-in user, or the account a failed sign-in named),
 * when (createdAt), what, from which address. Inside the action's request (`req`) it shares its
 * transaction: a change that is rolled back leaves no entry, and an entry that cannot be written fails
 * the change. `separate` writes it outside (a failed sign-in, whose transaction is rolled back).
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry, { separate = false } = {}) {
  const user = (entry.actor ? { ...entry.actor, collection: 'users' } : req.user) as
    { id: string | number; email?: string; collection?: string } | null | undefined
  await req.payload.create({
    collection: AUDIT_LOG_SLUG as 'users',
    data: {
      action: entry.action,
      user: user?.collection === 'users' ? user.id : null,
      account: short(user?.email ?? entry.account, 200),
      target: short(entry.target, 100),
      documentId: short(entry.documentId, 100),
      title: short(entry.title),
      detail: short(entry.detail),
      address: req.headers ? clientAddress(req.headers) : null,
    } as never,
    overrideAccess: true,
    depth: 0,
    // Not `context`: Payload would merge it into the action's own request.
    ...(separate ? {} : { req }),
  })
}
