import type { BeforeListTableServerProps } from 'payload'

import { listHref, reviewDueWhere } from './listLinks'

const WORDS = {
  vi: { label: 'Lọc theo hạn rà soát', due: 'Đến hạn rà soát', all: 'Tất cả' },
  en: { label: 'Filter by review date', due: 'Due for review', all: 'All' },
}

/** Whether the list's URL filters on the review date (as this component's link, or as Payload rewrote it). */
const filtersOnReview = (searchParams: BeforeListTableServerProps['searchParams']) =>
  Object.keys(searchParams ?? {}).some((key) => key.startsWith('where[') && key.includes('[reviewDueAt]'))

/**
 * One click to the items of a list due for review, and back (before the list table of procedures,
 * guides and pages): the filter goes through the list's URL, as the dashboard's links do.
 */
export async function ReviewFilter({ collectionConfig, i18n, payload, searchParams, user }: BeforeListTableServerProps) {
  const words = WORDS[i18n.language === 'en' ? 'en' : 'vi']
  const now = new Date()
  const slug = collectionConfig.slug
  // Counted as the viewer's list would show them (a role that reads published items only sees those).
  const { totalDocs } = await payload.count({ collection: slug, where: reviewDueWhere(now), overrideAccess: false, user })
  const active = filtersOnReview(searchParams)
  const link = (href: string, text: string, current: boolean) => (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`btn btn--style-${current ? 'primary' : 'secondary'} btn--size-small`}
      style={{ margin: 0 }}
    >
      {text}
    </a>
  )
  return (
    <nav aria-label={words.label} style={{ display: 'flex', gap: '0.5rem', marginBottom: '1rem', flexWrap: 'wrap' }}>
      {link(listHref(slug, reviewDueWhere(now)), `${words.due} (${totalDocs})`, active)}
      {link(listHref(slug), words.all, !active)}
    </nav>
  )
}
