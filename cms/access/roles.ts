export const ROLES = ['admin', 'editor', 'contributor', 'feedback-officer'] as const
export type Role = (typeof ROLES)[number]

/** Roles that work on published content (everyone but the feedback officer). */
export const CONTENT_ROLES: Role[] = ['admin', 'editor', 'contributor']

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function userHasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}

/** A signed-in user below editor (a contributor or feedback officer): changes nothing the public sees. */
export const belowEditor = (user: MaybeUser) => Boolean(user) && !userHasRole(user, 'admin', 'editor')
