import type { CollectionSlug, Where } from 'payload'

/** The collections with review dates (cms/fields/review.ts): the dashboard and their lists filter them. */
export const REVIEWED_COLLECTIONS = ['procedures', 'guides', 'pages'] as const satisfies readonly CollectionSlug[]

/** Items whose review is due: the next review date has come. */
export const reviewDueWhere = (now: Date): Where => ({ reviewDueAt: { less_than_equal: now.toISOString() } })

export const editHref = (collection: string, id: string | number) => `/admin/collections/${collection}/${id}`

/** Payload's list view reads its filter as qs-style brackets: where[and][0][_status][equals]=draft. */
function toQuery(value: unknown, prefix = ''): string {
  if (value === null || typeof value !== 'object') return `${prefix}=${encodeURIComponent(String(value))}`
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => toQuery(inner, prefix ? `${prefix}[${key}]` : key))
    .join('&')
}

/** A collection's admin list with a filter applied through its URL. */
export const listHref = (collection: string, where?: Where) => `/admin/collections/${collection}${where ? `?${toQuery({ where })}` : ''}`
