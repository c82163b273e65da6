import type { CollectionConfig, Config, GlobalConfig, PayloadRequest, Plugin } from 'payload'

import { type AuditAction, changeAction } from '@/domain/auditActions'
import { metrics } from '@/scripts/metrics.mjs'
import { AUDIT_LOG_SLUG, AUDIT_RECORDED, recordAudit } from './record'

/**
 * Collections whose writes are not staff actions: the trail itself, what the site writes for its
 * readers (the search index and its query log), and the public's page ratings.
 */
const NOT_AUDITED = new Set([AUDIT_LOG_SLUG, 'search-index', 'search-queries', 'page-feedback'])

type Doc = Record<string, unknown> & { id?: string | number }

/** How the trail names a document: its admin title; a feedback item by its tracking code, never the citizen's words. */
function titleOf(collection: CollectionConfig, doc: Doc): string | null {
  if (collection.slug === 'feedback') return (doc.trackingCode as string) ?? null
  const field = collection.admin?.useAsTitle
  const value = (field && doc[field]) ?? doc.title ?? doc.name ?? doc.slug ?? doc.filename
  return typeof value === 'string' ? value : null
}

/** The flags of an update that the change hooks cannot see: a draft or autosave (not an action of its own), a restore. */
type Pending = { draft?: boolean; autosave?: boolean; restoring?: boolean }
const pendingKey = (slug: string) => `audit:${slug}`
const pendingOf = (req: PayloadRequest, slug: string) => (req.context[pendingKey(slug)] ?? {}) as Pending

const sameIds = (a: unknown, b: unknown) => String((a as Doc | null)?.id ?? a ?? '') === String((b as Doc | null)?.id ?? b ?? '')
const sortedRoles = (roles: unknown) => (Array.isArray(roles) ? [...roles].map(String).sort().join(', ') : '')

/** The action a save of a document was, as its collection means it; null when it is not one to record. */
function actionOf(collection: CollectionConfig, doc: Doc, previousDoc: Doc | undefined, created: boolean, pending: Pending) {
  const entries: { action: AuditAction; detail?: string }[] = []
  if (collection.slug === 'users' && !created) {
    const before = sortedRoles(previousDoc?.roles)
    const after = sortedRoles(doc.roles)
    if (before !== after) entries.push({ action: 'roles', detail: `${before} → ${after}` })
    else entries.push({ action: 'account' })
    return entries
  }
  if (collection.slug === 'feedback' && !created) {
    if (!sameIds(previousDoc?.assignee, doc.assignee))
      entries.push({ action: 'assign', detail: doc.assignee ? `→ ${String((doc.assignee as Doc)?.id ?? doc.assignee)}` : '→ none' })
    if (JSON.stringify(previousDoc?.answer ?? null) !== JSON.stringify(doc.answer ?? null) && doc.answer) entries.push({ action: 'answer' })
    if (entries.length) return entries
  }
  if (collection.versions && typeof collection.versions === 'object' && collection.versions.drafts) {
    // An autosave or a saved draft is work in progress: the trail records its creation, publishing and unpublishing.
    if (!created && (pending.autosave || (pending.draft && doc._status !== 'published'))) return entries
    entries.push({ action: changeAction(previousDoc?._status, doc._status, created) })
    return entries
  }
  entries.push({ action: created ? 'create' : 'update' })
  return entries
}

/** Adds the audit trail's hooks to a collection: every change by a signed-in person, sign-ins and sign-outs. */
export function auditCollection(collection: CollectionConfig): CollectionConfig {
  if (NOT_AUDITED.has(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  const target = collection.slug
  const auth = Boolean(collection.auth)
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [
        ...(hooks.beforeOperation ?? []),
        ({ args, operation, req }) => {
          if (operation === 'update' || operation === 'restoreVersion') {
            const { draft, autosave } = args as { draft?: boolean; autosave?: boolean }
            req.context[pendingKey(target)] = { draft, autosave, restoring: operation === 'restoreVersion' } satisfies Pending
          }
          return args
        },
      ],
      afterChange: [
        ...(hooks.afterChange ?? []),
        async ({ doc, previousDoc, operation, req }) => {
          // The public's own submissions (feedback) and what runs without a person (jobs, seeds) are not staff actions.
          if (!req.user || req.context[AUDIT_RECORDED]) return doc
          const pending = pendingOf(req, target)
          if (pending.restoring) return doc
          for (const entry of actionOf(collection, doc, previousDoc, operation === 'create', pending))
            await recordAudit(req, { ...entry, target, documentId: doc.id, title: titleOf(collection, doc) })
          return doc
        },
      ],
      afterDelete: [
        ...(hooks.afterDelete ?? []),
        async ({ doc, req }) => {
          if (req.user) await recordAudit(req, { action: 'delete', target, documentId: doc.id, title: titleOf(collection, doc) })
          return doc
        },
      ],
      afterOperation: [
        ...(hooks.afterOperation ?? []),
        async ({ args, operation, result, req }) => {
          if (operation === 'restoreVersion' && req.user) {
            const doc = result as Doc
            await recordAudit(req, {
              action: 'restore',
              target,
              documentId: doc.id,
              title: titleOf(collection, doc),
              detail: `version ${String((args as { id?: unknown }).id ?? '')}`,
            })
          }
          if (operation === 'unlock' && req.user) {
            const email = (args as { data?: { email?: string } }).data?.email
            await recordAudit(req, { action: 'unlock', target, title: email ?? null })
          }
          return result
        },
      ],
      ...(auth
        ? {
            afterLogin: [
              ...(hooks.afterLogin ?? []),
              async ({ req, user }) => {
                await recordAudit(
                  req,
                  { action: 'sign-in', target, documentId: user.id, title: user.email, actor: user },
                  { separate: true },
                )
                return user
              },
            ],
            afterLogout: [
              ...(hooks.afterLogout ?? []),
              async ({ req }) => {
                if (req.user)
                  await recordAudit(req, { action: 'sign-out', target, documentId: req.user.id, title: req.user.email }, { separate: true })
              },
            ],
            afterError: [
              ...(hooks.afterError ?? []),
              async ({ error, req }) => {
                // A wrong email or password (401), never the password itself; a refusal for too many tries is logged by the throttle.
                if ((error as { name?: string }).name !== 'AuthenticationError' || !req.url?.includes('/login')) return
                metrics().failedSignIns.inc()
                const email = (req.data as { email?: unknown } | undefined)?.email
                await recordAudit(
                  req,
                  { action: 'sign-in-failed', target, account: typeof email === 'string' ? email.toLowerCase().trim() : null },
                  { separate: true },
                )
              },
            ],
          }
        : {}),
    },
  }
}

/** Adds the audit trail's hook to a global (the site settings): each change by a signed-in person. */
export function auditGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks.afterChange ?? []),
        async ({ doc, req }) => {
          if (req.user)
            await recordAudit(req, {
              action: 'settings',
              target: global.slug,
              title: typeof global.label === 'string' ? global.label : global.slug,
            })
          return doc
        },
      ],
    },
  }
}

/** The audit trail on every collection and global of the config; last in the plugins, so it sees those the others add. */
export const auditPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(auditCollection),
    globals: (config.globals ?? []).map(auditGlobal),
  })
