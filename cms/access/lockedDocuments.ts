import type { Access, SanitizedConfig, Where } from 'payload'

import { userHasRole } from './roles'

/** Any signed-in user: the admin shows every editor who holds a document. */
const signedIn: Access = ({ req: { user } }) => Boolean(user)
const editors: Access = ({ req: { user } }) => userHasRole(user, 'admin', 'editor')
/** Editors release any lock; other staff only their own (the admin does so when they leave a document). */
const ownLockOrEditor: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userHasRole(user, 'admin', 'editor')) return true
  const own: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
  return own
}

/**
 * Document locks (`payload-locked-documents`, added by Payload while sanitising, so set here on the
 * sanitised config): staff read them; only editors create or take over a lock (the admin creates its
 * own through the database, not this API); a lock is released by its holder or an editor.
 */
export function lockedDocumentsForEditors(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) Object.assign(locks.access, { read: signedIn, create: editors, update: editors, delete: ownLockOrEditor })
  return config
}
