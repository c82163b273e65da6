import { NextResponse } from 'next/server'

import {
  EMPTY_COMBINATION_PAGE,
  filterSegment,
  LIST_PAGES_PATH,
  type ListPagesTable,
  STATIC_LIST_SEGMENT,
  STATIC_LISTS,
  staticListTarget,
} from '@/domain/listPage'
import { internalUrl } from '@/domain/siteUrl'
import { localizedPath, routing } from '@/i18n/routing'
import { redisWanted } from '@/scripts/redis.mjs'

import { appTable } from './appTable'

/**
 * How old the proxy's copies of the page counts may be: a new last page, a new filter value or a
 * combination that gained a page is rendered per request until then (page 1 of a combination that had
 * none is served from memory: it is the same page). A reading after a publish counts
 * every filter value of the changed list again (about a second of queries at 50,000 documents), so not often.
 */
const FRESH_MS = 30_000
/** The table is read in the background, whatever it takes (the first reading after a start counts every list and filter value). */
const TABLE_TIMEOUT_MS = 60_000

const listPages = appTable<ListPagesTable>(
  LIST_PAGES_PATH,
  {},
  (body) => (body as { lists: ListPagesTable }).lists,
  FRESH_MS,
  TABLE_TIMEOUT_MS,
)

/** A combination of filters' page count as last read (null: not read yet), and the reading under way. */
type Count = { pages: number | null; at: number; loading: boolean }
type Counts = Map<string, Count>
/** The page counts of combinations of filters the proxy has met (by their internal path). */
const combinations: Counts = ((globalThis as { __cchcListCombinations?: Counts }).__cchcListCombinations ??= new Map())
/** At most this many combinations are kept: the oldest go first (a client walking more only has them counted again). */
const MAX_COMBINATIONS = 5000
/** Counts asked for at once at most: a client walking combinations cannot hold the app up with them. */
const MAX_COUNTING = 4
const COUNT_TIMEOUT_MS = 1500
let counting = 0

/** A combination's page count as the app gives it: 0 for a combination it does not know, null when it does not answer. */
async function askPages(locale: string, list: string, segments: string[]): Promise<number | null> {
  const query = new URLSearchParams([['list', list], ['locale', locale], ...segments.map((segment) => ['filter', segment])])
  try {
    const response = await fetch(`${internalUrl()}${LIST_PAGES_PATH}?${query}`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(COUNT_TIMEOUT_MS),
    })
    if (response.status === 404) return 0
    const pages = response.ok ? ((await response.json()) as { pages?: unknown }).pages : null
    return Number.isInteger(pages) ? (pages as number) : null
  } catch {
    return null
  }
}

/**
 * How many pages a combination of filters has, as last read (app/next/list-pages?list=…), or null when
 * never read: never waited for. A count older than FRESH_MS is read again in the background (one at a
 * time per combination, MAX_COUNTING in all); one that fails keeps the last (the table's bound still
 * applies). So a combination is rendered per request until its count is in hand, then served from the
 * cache while it has that page.
 */
function combinationPages(locale: string, list: string, segments: string[]): number | null {
  const key = [locale, list, ...segments].join('/')
  let count = combinations.get(key)
  if (!count) {
    count = { pages: null, at: 0, loading: false }
    combinations.set(key, count)
    if (combinations.size > MAX_COMBINATIONS) combinations.delete(combinations.keys().next().value!)
  }
  if (Date.now() - count.at > FRESH_MS && !count.loading && counting < MAX_COUNTING) {
    const reading = count
    reading.loading = true
    counting++
    void askPages(locale, list, segments).then((pages) => {
      if (pages !== null) reading.pages = pages
      Object.assign(reading, { at: Date.now(), loading: false })
      counting--
    })
  }
  return count.pages
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
 * own count, read in the background too (combinationPages). So the cache holds on disk the pages the content has, whatever a
 * client asks for (staticListTarget), and in memory only page 1 of a combination known to have no results (without Redis). Anything else (made-up values, a page past the end, the table not read yet) is rendered
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
  let page = String(target.page)
  if (filters.length > 1) {
    const pages = combinationPages(found.locale, found.list, filters)
    // Known to have no results: its page 1 is kept in memory only (domain/listPage.ts EMPTY_COMBINATION_PAGE);
    // with Redis it is rendered per request (scripts/cache-handler.mjs keeps no copy of it).
    if (pages === 0 && target.page === 1 && !redisWanted()) page = EMPTY_COMBINATION_PAGE
    else if (target.page > (pages ?? 0)) return null
  }
  const segments = [found.locale, STATIC_LIST_SEGMENT, found.list.slice(1).replaceAll('/', '~'), page, ...filters]
  // As next-intl's middleware rewrites (it is not run for these): the locale in its request header.
  const headers = new Headers(request.headers)
  headers.set('X-NEXT-INTL-LOCALE', found.locale)
  return NextResponse.rewrite(new URL(`/${segments.join('/')}`, url), { request: { headers } })
}
