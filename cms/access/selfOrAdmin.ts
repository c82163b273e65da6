import type { Access } from 'payload'

import { userHasRole } from './roles'

/** Admins see every user; other staff only themselves; the public nobody. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userHasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
