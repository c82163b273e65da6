import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { STATIC_LISTS, type StaticList, staticListPageNumber } from '@/domain/listPage'
import type { SearchParams } from '@/lib/filters'
import AnswersPage, { generateMetadata as answersMetadata } from '../../../phan-anh-kien-nghi/hoi-dap/page'
import PressRoomPage, { generateMetadata as pressMetadata } from '../../../bao-chi/page'
import OnlineServicesPage, { generateMetadata as onlineServicesMetadata } from '../../../dich-vu-cong-truc-tuyen/page'
import EventsPage, { generateMetadata as eventsMetadata } from '../../../su-kien/page'
import ProceduresPage, { generateMetadata as proceduresMetadata } from '../../../thu-tuc-hanh-chinh/page'
import NewsPage, { generateMetadata as newsMetadata } from '../../../tin-tuc/page'
import DocumentsPage, { generateMetadata as documentsMetadata } from '../../../van-ban/page'

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

type Props = { params: Promise<{ locale: string; list: string; page: string }> }

/** The list a `[list]` segment names (its internal pathname without the first slash, "/" as "~"), and its props. */
async function listOf({ params }: Props): Promise<[ListModule, ListProps]> {
  const { list, page } = await params
  const pathname = `/${decodeURIComponent(list).replaceAll('~', '/')}` as StaticList
  if (!STATIC_LISTS.includes(pathname) || staticListPageNumber([page]) === null) notFound()
  // The list's own page, given its page number as the query it would read: nothing here reads the request.
  return [LISTS[pathname], { params, searchParams: Promise.resolve({ trang: page }) }]
}

/** None at build time: each page renders on its first request, then is kept until a change expires it. */
export async function generateStaticParams() {
  return []
}

/** Also every ten minutes, as the home page: events move from coming to past, documents in and out of force. */
export const revalidate = 600

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [[, metadata], listProps] = await listOf(props)
  return metadata(listProps)
}

/**
 * An unfiltered list at page N as a static page: the proxy sends `/thu-tuc-hanh-chinh?trang=N` here
 * (guards/staticLists.ts), and answers 404 to this address asked for directly.
 */
export default async function StaticListPage(props: Props) {
  const [[Page], listProps] = await listOf(props)
  return <Page {...listProps} />
}
