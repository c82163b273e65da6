import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { filtersOfSegments, STATIC_LISTS, type StaticList, staticRoutePageNumber } from '@/domain/listPage'
import type { SearchParams } from '@/lib/filters'
import AnswersPage, { generateMetadata as answersMetadata } from '../phan-anh-kien-nghi/hoi-dap/page'
import PressRoomPage, { generateMetadata as pressMetadata } from '../bao-chi/page'
import OnlineServicesPage, { generateMetadata as onlineServicesMetadata } from '../dich-vu-cong-truc-tuyen/page'
import EventsPage, { generateMetadata as eventsMetadata } from '../su-kien/page'
import ProceduresPage, { generateMetadata as proceduresMetadata } from '../thu-tuc-hanh-chinh/page'
import NewsPage, { generateMetadata as newsMetadata } from '../tin-tuc/page'
import DocumentsPage, { generateMetadata as documentsMetadata } from '../van-ban/page'

type ListProps = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }
type ListModule = [(props: ListProps) => Promise<React.ReactNode>, (props: ListProps) => Promise<Metadata>]

const LISTS: Record<StaticList, ListModule> = {
  '/thu-tuc-hanh-chinh': [ProceduresPage, proceduresMetadata],
  '/dich-vu-cong-truc-tuyen': [OnlineServicesPage, onlineServicesMetadata],
  '/van-ban': [DocumentsPage, documentsMetadata],
  '/tin-tuc': [NewsPage, newsMetadata],
  '/su-kien': [EventsPage, eventsMetadata],
  '/bao-chi': [PressRoomPage, pressMetadata],
  '/phan-anh-kien-nghi/hoi-dap': [AnswersPage, answersMetadata],
}

/** The segments of the static route: the list (its internal pathname without the first slash, "/" as "~"), the page, its filters if any. */
export type StaticListParams = Promise<{ locale: string; list: string; page: string; filters?: string[] }>

/** The list the segments name, and the props its own page reads: the page number and the filters as the query they come from. */
async function listOf(params: StaticListParams): Promise<[ListModule, ListProps]> {
  const { list, page, filters: segments = [] } = await params
  const pathname = `/${decodeURIComponent(list).replaceAll('~', '/')}` as StaticList
  const number = staticRoutePageNumber(page, segments.length)
  if (!STATIC_LISTS.includes(pathname) || number === null) notFound()
  const filters = filtersOfSegments(pathname, segments)
  // A value the list no longer offers (the proxy's copy of the table is a few seconds old) shows no results, as the list would.
  if (!filters) notFound()
  // Nothing here reads the request: the page is the same for every reader.
  const query = { trang: String(number), ...Object.fromEntries(filters) }
  return [LISTS[pathname], { params, searchParams: Promise.resolve(query) }]
}

export async function staticListMetadata(params: StaticListParams): Promise<Metadata> {
  const [[, metadata], listProps] = await listOf(params)
  return metadata(listProps)
}

/**
 * A list at page N, whole or filtered, as a static page: the proxy sends `/thu-tuc-hanh-chinh?trang=N` and
 * `?field=…&level=…&trang=N` here (guards/staticLists.ts) and answers 404 to these addresses asked for directly.
 */
export async function StaticList({ params }: { params: StaticListParams }) {
  const [[Page], listProps] = await listOf(params)
  return <Page {...listProps} />
}
