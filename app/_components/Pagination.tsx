import { getTranslations } from 'next-intl/server'

import { pageHref, pageNumbers } from '@/domain/listPage'

/**
 * Paging of a list, GOV.UK's way: previous and next, the first and last page numbers, the current one
 * and its neighbours, with ?trang=N (the list's filters kept), or the addresses `pageUrl` gives: plain
 * links, so it works without JavaScript.
 */
type Props = { page: number; totalPages: number } & (
  | { basePath: string; query?: Record<string, string>; pageUrl?: never }
  | { pageUrl: (page: number) => string; basePath?: never; query?: never }
)

export async function Pagination({ page, totalPages, basePath, query = {}, pageUrl }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('paging')
  const href = (target: number) => (pageUrl ? pageUrl(target) : pageHref(basePath, query, target))
  return (
    <nav aria-label={t('label')} className="mt-8">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} className="font-semibold">
              ← {t('previous')}
            </a>
          </li>
        ) : null}
        {pageNumbers(page, totalPages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : number === page ? (
            <li key={number}>
              <a href={href(number)} aria-current="page" aria-label={t('page', { page: number })} className="font-bold no-underline">
                {number}
              </a>
            </li>
          ) : (
            <li key={number}>
              <a href={href(number)} aria-label={t('page', { page: number })}>
                {number}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} className="font-semibold">
              {t('next')} →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
