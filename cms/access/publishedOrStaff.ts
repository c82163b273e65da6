import type { Access } from 'payload'

import { CONTENT_ROLES, userHasRole } from './roles'

/** The public reads published documents only; content staff read drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (userHasRole(user, ...CONTENT_ROLES)) return true
  return { _status: { equals: 'published' } }
}
