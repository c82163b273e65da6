/** One page of a list, with what a reader needs to page on and to know how many there are. */
export type ListPage<T> = { items: T[]; page: number; totalPages: number; total: number }

/**
 * The page numbers a list's paging shows, GOV.UK's way: the first and the last page, the current one and
 * its neighbours; `null` where numbers are left out (an ellipsis). A gap of one page shows that page
 * rather than an ellipsis standing for it.
 */
export function pageNumbers(page: number, totalPages: number): (number | null)[] {
  if (totalPages <= 1) return []
  const shown = new Set([1, totalPages, page - 1, page, page + 1].filter((number) => number >= 1 && number <= totalPages))
  const sorted = [...shown].sort((a, b) => a - b)
  const numbers: (number | null)[] = []
  for (const number of sorted) {
    const previous = numbers.at(-1)
    if (typeof previous === 'number' && number - previous === 2) numbers.push(previous + 1)
    else if (typeof previous === 'number' && number - previous > 2) numbers.push(null)
    numbers.push(number)
  }
  return numbers
}

/** Which items of the whole list a page shows (1-based, inclusive), or null for an empty page. */
export function shownRange(page: number, pageSize: number, count: number): { from: number; to: number } | null {
  if (count <= 0) return null
  const from = (page - 1) * pageSize + 1
  return { from, to: from + count - 1 }
}

/** A page number past the last page (page 1 of an empty list exists). */
export const pageOutOfRange = ({ page, totalPages }: { page: number; totalPages: number }) => page > Math.max(1, totalPages)

/** The address of page `page` of a list at `basePath` with its filters (`?trang=N`, none for page 1). */
export function pageHref(basePath: string, query: Record<string, string>, page: number): string {
  const params = new URLSearchParams(query)
  params.delete('trang')
  if (page > 1) params.set('trang', String(page))
  const search = params.toString()
  return search ? `${basePath}?${search}` : basePath
}

/**
 * The page number in an address that pages by path (/…/trang/N): none for page 1, a whole number from
 * 2 written plainly; anything else (1, 02, 2.0, abc, a number past a million) is no page (null).
 */
export const pathPageNumber = (segment: string | undefined): number | null =>
  segment === undefined ? 1 : /^[1-9]\d{0,5}$/.test(segment) && segment !== '1' ? Number(segment) : null

/**
 * The lists whose pages are static pages (rendered once, kept until a change expires them) rather than
 * rendered per request: the proxy sends `/thu-tuc-hanh-chinh?trang=3` to the internal
 * `/vi/danh-sach-tinh/thu-tuc-hanh-chinh/3` (a list under another, "/" as "~"), and a list filtered by
 * values it offers to `…/3/field~<value>/…` (guards/staticLists.ts, staticListTarget). Internal pathnames (i18n/routing.ts).
 */
export const STATIC_LISTS = [
  '/thu-tuc-hanh-chinh',
  '/dich-vu-cong-truc-tuyen',
  '/van-ban',
  '/tin-tuc',
  '/su-kien',
  '/bao-chi',
  '/phan-anh-kien-nghi/hoi-dap',
] as const
export type StaticList = (typeof STATIC_LISTS)[number]

/** The query parameters each list filters by (its page reads them); a list without filters has none. */
export const LIST_FILTERS: Record<StaticList, readonly string[]> = {
  '/thu-tuc-hanh-chinh': ['field', 'level', 'online', 'agency'],
  '/dich-vu-cong-truc-tuyen': [],
  '/van-ban': ['type', 'issuer', 'year', 'status'],
  '/tin-tuc': [],
  '/su-kien': [],
  '/bao-chi': [],
  '/phan-anh-kien-nghi/hoi-dap': [],
}

/** The internal route of the static list pages: never a public address (the proxy answers 404 to it). */
export const STATIC_LIST_SEGMENT = 'danh-sach-tinh'

/** The page number of `?trang=` in a static list page: absent → 1; a whole number as a list links it → N; else null (rendered per request, as before). */
export function staticListPageNumber(values: string[]): number | null {
  if (values.length === 0) return 1
  return values.length === 1 && /^[1-9]\d{0,3}$/.test(values[0]) ? Number(values[0]) : null
}

/**
 * The page segment of the static route for page 1 of a combination of filters known to have no
 * results ("no results" and the form): kept in the server's memory only, never on disk
 * (scripts/page-cache.mjs), since there are as many such pages as products of the values offered.
 */
export const EMPTY_COMBINATION_PAGE = '0'

/** The page number a page segment of the static route stands for (EMPTY_COMBINATION_PAGE: page 1, with two filters or more), or null for none. */
export function staticRoutePageNumber(segment: string, filterCount: number): number | null {
  if (segment === EMPTY_COMBINATION_PAGE) return filterCount > 1 ? 1 : null
  return staticListPageNumber([segment])
}

/**
 * How many pages a list has in one language: whole, and filtered by each value its filters offer
 * (filter → value → pages). The proxy's table (app/next/list-pages): only these pages become static
 * pages (staticListTarget).
 */
export type ListPages = { pages: number; filters: Record<string, Record<string, number>> }
/** Locale → list → its pages. */
export type ListPagesTable = Record<string, Partial<Record<StaticList, ListPages>>>

/** The path through which the proxy reads the table (app/next/list-pages). */
export const LIST_PAGES_PATH = '/next/list-pages'

/** A static list page: its page number, and the filters it has (name, value), in the list's order of filters. */
export type StaticListTarget = { page: number; filters: [string, string][] }

/**
 * Which static page a list request may be, or null when it is rendered per request: a parameter the
 * list does not read or read twice, a page number written another way, a filter value the list does not
 * offer, or a page past the last one the table knows (that page redirects to the last, rendered per
 * request). With several filters the table knows only a bound (no more pages than the most selective
 * filter): the proxy asks the app for the combination's own count before it sends it there
 * (guards/staticLists.ts), and sends it only if the combination has that page, so the page cache holds
 * on disk pages with content, never the empty combinations a client could make up (page 1 of those is
 * kept in memory only: EMPTY_COMBINATION_PAGE). An empty value is no filter
 * (a form sends its unchosen selects empty). `pages` undefined: the table is not read yet.
 */
export function staticListTarget(list: StaticList, pages: ListPages | undefined, query: URLSearchParams): StaticListTarget | null {
  if (!pages) return null
  const filters: [string, string][] = []
  for (const name of new Set(query.keys())) {
    if (name === 'trang') continue
    const values = query.getAll(name)
    if (!LIST_FILTERS[list].includes(name) || values.length !== 1) return null
    if (values[0] !== '') filters.push([name, values[0]])
  }
  const page = staticListPageNumber(query.getAll('trang'))
  if (page === null) return null
  let last = pages.pages
  for (const [name, value] of filters) {
    // Own keys only: a value such as "constructor" is no filter value, whatever the object inherits.
    const counts = Object.hasOwn(pages.filters, name) ? pages.filters[name] : {}
    const count = Object.hasOwn(counts, value) ? counts[value] : undefined
    if (!Number.isInteger(count)) return null
    last = Math.min(last, count as number)
  }
  if (page > Math.max(1, last)) return null
  const order = LIST_FILTERS[list]
  return { page, filters: filters.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)) }
}

/**
 * A filter as a path segment of the static route (`field~<value in base64url>`): any value, one plain
 * segment, and no dot (the proxy is not run for paths with a dot, so it could not refuse the segment).
 */
export const filterSegment = ([name, value]: [string, string]) => `${name}~${Buffer.from(value).toString('base64url')}`

/** The filter a path segment of the static route names, or null for a segment no list reads. */
function filterOfSegment(list: StaticList, segment: string): [string, string] | null {
  const match = /^([a-z]+)~([\w-]*)$/.exec(segment)
  if (!match || !LIST_FILTERS[list].includes(match[1])) return null
  const value = Buffer.from(match[2], 'base64url').toString()
  return value && filterSegment([match[1], value]) === segment ? [match[1], value] : null
}

/**
 * The filters the path segments of the static route name, or null unless they are what filterSegment
 * writes for filters of this list, each once, in the list's order (one address per page).
 */
export function filtersOfSegments(list: StaticList, segments: string[]): [string, string][] | null {
  const filters = segments.map((segment) => filterOfSegment(list, segment))
  if (filters.some((filter) => !filter)) return null
  const order = filters.map((filter) => LIST_FILTERS[list].indexOf(filter![0]))
  return order.every((index, i) => i === 0 || index > order[i - 1]) ? (filters as [string, string][]) : null
}
