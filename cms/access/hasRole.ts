import type { Access, FieldAccess } from 'payload'

import { type Role, userHasRole } from './roles'

/** Access granted to signed-in users holding one of the roles. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    userHasRole(user, ...roles)

/** Editors and administrators. */
export const editorsOnly = ({ req: { user } }: { req: { user?: unknown } }) => userHasRole(user as never, 'admin', 'editor')

export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    userHasRole(user, ...roles)
