import { NextResponse } from 'next/server'

import { STATIC_LIST_SEGMENT, STATIC_LISTS, staticListPageNumber } from '@/domain/listPage'
import { localizedPath, routing } from '@/i18n/routing'

/** Each list's public path in each locale ("/en/procedures") → its internal list and the locale. */
const PUBLIC_LISTS = new Map(
  routing.locales.flatMap((locale) => STATIC_LISTS.map((list) => [localizedPath(list, locale), { list, locale }] as const)),
)

/** The internal route, with or without a locale prefix: not an address the public may use. */
const INTERNAL = new RegExp(`^(?:/(?:${routing.locales.join('|')}))?/${STATIC_LIST_SEGMENT}(?:/|$)`)
/** Where a public request for the internal route goes: a path no route matches, so the site's own 404 page. */
const NO_ROUTE = `/${routing.defaultLocale}/${STATIC_LIST_SEGMENT}/-/-/-`

/**
 * An unfiltered list page (no query, or only `?trang=N`) goes to its static page (app/(site)/[locale]/
 * danh-sach-tinh): rendered once, then answered from the cache until a change expires it, instead of
 * rendered per request; the address the reader sees does not change. A list with filters, or a page
 * number written another way, is rendered per request by the list's own page. Null: nothing to do here.
 */
export function staticListRoute(request: { url: string; headers: Headers; method: string }): Response | null {
  const url = new URL(request.url)
  if (INTERNAL.test(url.pathname)) return NextResponse.rewrite(new URL(NO_ROUTE, url))
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const found = PUBLIC_LISTS.get(url.pathname)
  if (!found) return null
  const keys = [...new Set(url.searchParams.keys())]
  if (keys.some((key) => key !== 'trang')) return null
  const page = staticListPageNumber(url.searchParams.getAll('trang'))
  if (page === null) return null
  const target = new URL(`/${found.locale}/${STATIC_LIST_SEGMENT}/${found.list.slice(1).replaceAll('/', '~')}/${page}`, url)
  // As next-intl's middleware rewrites (it is not run for these): the locale in its request header.
  const headers = new Headers(request.headers)
  headers.set('X-NEXT-INTL-LOCALE', found.locale)
  return NextResponse.rewrite(target, { request: { headers } })
}
