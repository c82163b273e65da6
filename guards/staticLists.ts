import { NextResponse } from 'next/server'

import { filterSegment, LIST_PAGES_PATH, type ListPagesTable, STATIC_LIST_SEGMENT, STATIC_LISTS, staticListTarget } from '@/domain/listPage'
import { internalUrl } from '@/domain/siteUrl'
import { localizedPath, routing } from '@/i18n/routing'

import { appTable } from './appTable'

/** How old the proxy's copy of the page counts may be: a new last page, or a new filter value, is rendered per request until then. */
const FRESH_MS = 5000

const listPages = appTable<ListPagesTable>(LIST_PAGES_PATH, {}, (body) => (body as { lists: ListPagesTable }).lists, FRESH_MS)

/** The page counts of combinations of filters the proxy has asked for (by their internal path), each kept FRESH_MS. */
type Kept = Map<string, { pages: Promise<number>; at: number }>
const combinations: Kept = ((globalThis as { __cchcListCombinations?: Kept }).__cchcListCombinations ??= new Map())
/** At most this many combinations are kept: the oldest go first (a client walking combinations only costs requests). */
const MAX_COMBINATIONS = 5000
const COMBINATION_TIMEOUT_MS = 1500

/** A combination's page count as the app gives it; 0 when it does not (a combination it does not know, a failure). */
async function askPages(locale: string, list: string, segments: string[]): Promise<number> {
  const query = new URLSearchParams([['list', list], ['locale', locale], ...segments.map((segment) => ['filter', segment])])
  try {
    const response = await fetch(`${internalUrl()}${LIST_PAGES_PATH}?${query}`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(COMBINATION_TIMEOUT_MS),
    })
    const pages = response.ok ? ((await response.json()) as { pages?: unknown }).pages : 0
    return Number.isInteger(pages) ? (pages as number) : 0
  } catch {
    return 0
  }
}

/**
 * How many pages a combination of filters has (app/next/list-pages?list=…), asked once every FRESH_MS
 * however many requests want it; 0 (rendered per request) when the app does not say.
 */
function combinationPages(locale: string, list: string, segments: string[]): Promise<number> {
  const key = [locale, list, ...segments].join('/')
  const kept = combinations.get(key)
  if (kept && Date.now() - kept.at <= FRESH_MS) return kept.pages
  const pages = askPages(locale, list, segments)
  combinations.delete(key)
  combinations.set(key, { pages, at: Date.now() })
  if (combinations.size > MAX_COMBINATIONS) combinations.delete(combinations.keys().next().value!)
  return pages
}

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
 * background when a request finds it older than a few seconds; a combination of filters also needs its
 * own count, asked for once every few seconds. So the cache holds the pages the content has, whatever a
 * client asks for (staticListTarget). Anything else (made-up values, a page past the end, the table not read yet) is rendered
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
  const filters = target.filters.map(filterSegment)
  if (filters.length > 1 && target.page > (await combinationPages(found.locale, found.list, filters))) return null
  const segments = [found.locale, STATIC_LIST_SEGMENT, found.list.slice(1).replaceAll('/', '~'), target.page, ...filters]
  // As next-intl's middleware rewrites (it is not run for these): the locale in its request header.
  const headers = new Headers(request.headers)
  headers.set('X-NEXT-INTL-LOCALE', found.locale)
  return NextResponse.rewrite(new URL(`/${segments.join('/')}`, url), { request: { headers } })
}
