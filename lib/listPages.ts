import { requestsFirst } from '@/cms/requestsFirst'
import { type ListPage, type ListPages, type ListPagesTable, STATIC_LISTS, type StaticList } from '@/domain/listPage'
import { type Locale, locales } from '@/i18n/routing'
import { filterableValue } from './filters'
import { getEventPage } from './queries/events'
import { listPublishedAnswers } from './queries/feedbackAnswers'
import { countLegalDocuments, DOCUMENTS_PAGE_SIZE, NO_DOCUMENT_FILTERS, offeredDocumentFilters } from './queries/legalDocuments'
import { getNewsPage, NEWS_PAGE_SIZE } from './queries/news'
import { ANY_ONLINE, countProcedures, NO_PROCEDURE_FILTERS, offeredProcedureFilters, PROCEDURES_PAGE_SIZE } from './queries/procedures'

type Filters = [string, string][]
/** What the table needs of a list: the values its filters offer, and its page count whole or filtered. */
type CountedList = {
  offered: (locale: Locale) => Promise<Record<string, string[]>>
  pages: (locale: Locale, filters: Filters) => Promise<number>
}

const noFilters = async () => ({})
/** How many pages a list has: none when it has nothing (Payload may count one empty page). */
const pagesOf = ({ total, totalPages }: ListPage<unknown>) => (total > 0 ? totalPages : 0)
/** How many pages of `size` a list of `total` has. */
const pagesOfTotal = (total: number, size: number) => Math.ceil(total / size)
const chosen = (filters: Filters) => Object.fromEntries(filters)

/**
 * The lists with filters are counted (a count per value, and per combination the proxy meets: one small
 * query each, without reading a page of the list); the others read their page 1 as their own page asks
 * for it (same query, same arguments), the entry their first page is served from. Each is an entry of
 * Next's data cache, read again only after a change expires it.
 */
const COUNTED: Record<StaticList, CountedList> = {
  '/thu-tuc-hanh-chinh': {
    offered: offeredProcedureFilters,
    pages: async (locale, filters) =>
      pagesOfTotal(await countProcedures(locale, { ...NO_PROCEDURE_FILTERS, ...chosen(filters) }), PROCEDURES_PAGE_SIZE),
  },
  '/dich-vu-cong-truc-tuyen': {
    offered: noFilters,
    pages: async (locale) =>
      pagesOfTotal(await countProcedures(locale, { ...NO_PROCEDURE_FILTERS, online: ANY_ONLINE }), PROCEDURES_PAGE_SIZE),
  },
  '/van-ban': {
    offered: offeredDocumentFilters,
    pages: async (_locale, filters) =>
      pagesOfTotal(await countLegalDocuments({ ...NO_DOCUMENT_FILTERS, ...chosen(filters) }), DOCUMENTS_PAGE_SIZE),
  },
  '/tin-tuc': { offered: noFilters, pages: async (locale) => pagesOf(await getNewsPage(locale, 1)) },
  '/su-kien': { offered: noFilters, pages: async (locale) => pagesOf(await getEventPage(locale, 1)) },
  '/bao-chi': {
    offered: noFilters,
    pages: async (locale) => pagesOf(await getNewsPage(locale, 1, undefined, NEWS_PAGE_SIZE, 'press-release')),
  },
  '/phan-anh-kien-nghi/hoi-dap': { offered: noFilters, pages: async (locale) => pagesOf(await listPublishedAnswers(locale, 1)) },
}

/**
 * One list's counts, a read at a time, letting the requests in flight go first between reads
 * (cms/requestsFirst.ts): after a publish each may be a query, which SQLite answers synchronously, so a
 * loop of them that never left the microtask queue held every other request until the whole table was
 * read (1.3 s at 50,000 documents).
 */
async function listPages({ offered, pages }: CountedList, locale: Locale, turn: () => Promise<void>): Promise<ListPages> {
  const filters: ListPages['filters'] = {}
  await turn()
  for (const [name, values] of Object.entries(await offered(locale))) {
    filters[name] = {}
    // A value the page would read otherwise (trimmed, cut short) is left to be rendered per request.
    for (const value of values.filter(filterableValue)) {
      await turn()
      filters[name][value] = await pages(locale, [[name, value]])
    }
  }
  await turn()
  return { pages: await pages(locale, []), filters }
}

/**
 * How many pages every static list has in each language, whole and filtered by each value it offers
 * (the proxy's table, guards/staticLists.ts): a few hundred reads of Next's data cache, one at a time,
 * each a query only after a change expired it (a count, or a list's first page).
 */
export async function listPagesTable(): Promise<ListPagesTable> {
  const table: ListPagesTable = {}
  const turn = requestsFirst()
  for (const locale of locales) {
    table[locale] = {}
    for (const list of STATIC_LISTS) table[locale][list] = await listPages(COUNTED[list], locale, turn)
  }
  return table
}

/**
 * How many pages a list filtered by several values has (the proxy asks for each combination it meets,
 * guards/staticLists.ts), or null when a value is not one the list offers: so only combinations of
 * offered values are ever counted, with the list's own query.
 */
export async function combinationPages(list: StaticList, locale: Locale, filters: Filters): Promise<number | null> {
  const offered = await COUNTED[list].offered(locale)
  if (!filters.every(([name, value]) => filterableValue(value) && Object.hasOwn(offered, name) && offered[name].includes(value)))
    return null
  return COUNTED[list].pages(locale, filters)
}
