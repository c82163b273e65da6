import { redirect } from 'next/navigation'

import { type ListPage, pageHref, pageOutOfRange } from '@/domain/listPage'

/**
 * A page number past a list's last page (an old link, a list that shrank) goes to the last page (307):
 * a redirect, since Next draws a dynamic page's notFound() only in the browser and these pages have no
 * script.
 */
export function toLastPageIfPast(
  list: Pick<ListPage<unknown>, 'page' | 'totalPages'>,
  basePath: string,
  query: Record<string, string> = {},
) {
  if (pageOutOfRange(list)) redirect(pageHref(basePath, query, Math.max(1, list.totalPages)))
}
