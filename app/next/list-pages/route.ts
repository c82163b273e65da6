import { filtersOfSegments, type ListPagesTable, STATIC_LISTS, type StaticList } from '@/domain/listPage'
import { isLocale } from '@/i18n/routing'
import { combinationPages, listPagesTable } from '@/lib/listPages'
import { logger } from '@/scripts/log.mjs'

/** How long one reading of the table is served again: repeated asks (the proxy's, or anyone's) cost one reading. */
const REUSE_MS = 5000

let last: { table: Promise<ListPagesTable>; at: number; done: boolean } | null = null

/** The reading under way, or one that ended less than REUSE_MS ago; else a new one. */
function reading() {
  if (last && (!last.done || Date.now() - last.at <= REUSE_MS)) return last
  const started = { table: listPagesTable(), at: Date.now(), done: false }
  // Served again for REUSE_MS from when it ends: a reading can take longer than that after a publish.
  const end = () => Object.assign(started, { done: true, at: Date.now() })
  started.table.then(end, end)
  return (last = started)
}

/**
 * The page count of every static list, whole and per filter value (lib/listPages.ts), which the proxy
 * reads when its copy is older than a few seconds (guards/staticLists.ts) to know which list pages may be
 * static pages. What it tells (how many pages of published content there are) is public; nginx keeps it
 * inside all the same. With `?list=…&locale=…&filter=…&filter=…` (the static route's filter segments),
 * the page count of one combination of filters: see combination.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams
  if (query.has('list')) return combination(query)
  const current = reading()
  try {
    return Response.json({ lists: await current.table }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (last === current) last = null
    logger().error(`list pages table unavailable: ${(error as Error).message}`)
    return Response.json({ error: 'The list pages table is unavailable.' }, { status: 503 })
  }
}

/**
 * The page count of a list filtered by two values or more: `{ pages }`, or 404 when the list, the
 * locale or a filter is not one the site has (a value the list does not offer, a filter twice or out of
 * the list's order). Read from the data cache (the combination's first page), so a combination costs one
 * query until a change expires it, and only combinations of offered values are ever read.
 */
async function combination(query: URLSearchParams) {
  const list = query.get('list') as StaticList
  const locale = query.get('locale') ?? ''
  const filters = STATIC_LISTS.includes(list) ? filtersOfSegments(list, query.getAll('filter')) : null
  const pages = filters && filters.length > 1 && isLocale(locale) ? await combinationPages(list, locale, filters).catch(unavailable) : null
  if (pages === undefined) return Response.json({ error: 'The list pages table is unavailable.' }, { status: 503 })
  if (pages === null) return Response.json({ error: 'No such list or filters.' }, { status: 404 })
  return Response.json({ pages }, { headers: { 'cache-control': 'no-store' } })
}

function unavailable(error: Error): undefined {
  logger().error(`list pages of a combination unavailable: ${error.message}`)
  return undefined
}
