import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
} from 'payload'

import { belowEditor } from '../access/roles'
import { hasPublishedVersion } from '../published'
import { Refusal } from '../refusal'

const DRAFTS_ONLY =
  'Cộng tác viên chỉ lưu bản nháp; biên tập viên đăng, gỡ và khôi phục bản đang đăng. / Contributors save drafts only; editors publish, unpublish and restore what is live.'

const NEVER_DELETE_PUBLISHED = 'Cộng tác viên không xóa bài đã từng được đăng. / Contributors do not delete what was ever published.'

/**
 * A contributor changes nothing the public sees: every update they make (single, bulk, autosave) and
 * every version they restore must be a draft save, which Payload keeps in the versions and never
 * writes to the live document. A save without `draft` would overwrite the live document (and with
 * `_status: 'draft'`, take it offline), so it is refused, as are the per-locale publish switches.
 * Trusted server code (overrideAccess) is not limited.
 */
export const contributorsWriteDraftsOnly: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || !belowEditor(req.user)) return args
  const saving = args as { draft?: boolean; publishSpecificLocale?: string; publishAllLocales?: boolean; unpublishAllLocales?: boolean }
  const asDraft = Boolean(saving.draft) && !saving.publishSpecificLocale && !saving.publishAllLocales && !saving.unpublishAllLocales
  if ((operation === 'update' || operation === 'restoreVersion') && !asDraft) throw new Refusal(DRAFTS_ONLY, 403)
  // Restoring as a draft writes a draft version whatever the restored version's status was.
  if (operation === 'restoreVersion') req.context.restoringAsDraft = true
  return args
}

/** Publishing is an editor's call: a contributor's create or draft save may not carry `_status: 'published'`. */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!belowEditor(req.user) || data?._status !== 'published') return data
  if (req.context.restoringAsDraft) return { ...data, _status: 'draft' }
  throw new Refusal(DRAFTS_ONLY, 403)
}

/**
 * Never deleting what was ever published, also for documents published before `firstPublishedAt`
 * existed (a MongoDB database has no backfill): a published version in the history is enough.
 */
export const contributorsKeepPublished: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!belowEditor(req.user)) return
  if (await hasPublishedVersion(collection.slug as CollectionSlug, id, req)) throw new Refusal(NEVER_DELETE_PUBLISHED, 403)
}
