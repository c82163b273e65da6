import { NextResponse } from 'next/server'

import { filterSegment, LIST_PAGES_PATH, type ListPagesTable, STATIC_LIST_SEGMENT, STATIC_LISTS, staticListTarget } from '@/domain/listPage'
import { localizedPath, routing } from '@/i18n/routing'

import { appTable } from './appTable'

/** How old the proxy's copy of the page counts may be: a new last page, or a new filter value, is rendered per request until then. */
const FRESH_MS = 5000

const listPages = appTable<ListPagesTable>(LIST_PAGES_PATH, {}, (body) => (body as { lists: ListPagesTable }).lists, FRESH_MS)

/** Each list's public path in each locale ("/en/procedures") → its internal list and the locale. */
const PUBLIC_LISTS = new Map(
  routing.locales.flatMap((locale) => STATIC_LISTS.map((list) => [localizedPath(list, locale), { list, locale }] as const)),
)

/** The internal route, with or without a locale prefix: not an address the public may use. */
const INTERNAL = new RegExp(`^(?:/(?:${routing.locales.join('|')}))?/${STATIC_LIST_SEGMENT}(?:/|$)`)
/** Where a public request for the internal route goes: a path that names no list, so the site's own 404 page. */
const NO_ROUTE = `/${routing.defaultLocale}/${STATIC_LIST_SEGMENT}/-/-/-/-`

/**
 * A list page that exists, whole or filtered by values its form offers, goes to its static page
 * (app/(site)/[locale]/danh-sach-tinh): rendered once, then answered from the cache until a change
 * expires it, instead of rendered per request; the address the reader sees does not change. Which
 * pages exist comes from the app's table of page counts (app/next/list-pages), re-read in the
 * background when a request finds it older than a few seconds: the cache holds at most one page per
 * combination of values the lists offer and the pages each can have, whatever a client asks for
 * (staticListTarget). Anything else (made-up values, a page past the end, the table not read yet) is rendered
 * per request by the list's own page. Null: nothing to do here.
 */
export async function staticListRoute(request: { url: string; headers: Headers; method: string }): Promise<Response | null> {
  const url = new URL(request.url)
  if (INTERNAL.test(url.pathname)) return NextResponse.rewrite(new URL(NO_ROUTE, url))
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const found = PUBLIC_LISTS.get(url.pathname)
  if (!found) return null
  const target = staticListTarget(found.list, (await listPages(false))[found.locale]?.[found.list], url.searchParams)
  if (!target) return null
  const segments = [found.locale, STATIC_LIST_SEGMENT, found.list.slice(1).replaceAll('/', '~'), target.page]
  segments.push(...target.filters.map(filterSegment))
  // As next-intl's middleware rewrites (it is not run for these): the locale in its request header.
  const headers = new Headers(request.headers)
  headers.set('X-NEXT-INTL-LOCALE', found.locale)
  return NextResponse.rewrite(new URL(`/${segments.join('/')}`, url), { request: { headers } })
}
