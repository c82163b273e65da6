export const ROLES = ['admin', 'editor', 'contributor', 'feedback-officer'] as const
export type Role = (typeof ROLES)[number]

/** Roles that work on published content (everyone but the feedback officer). */
export const CONTENT_ROLES: Role[] = ['admin', 'editor', 'contributor']

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function userHasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
