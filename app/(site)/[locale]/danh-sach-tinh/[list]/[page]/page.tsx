import type { Metadata } from 'next'

import { StaticList, staticListMetadata, type StaticListParams } from '../../staticList'

type Props = { params: StaticListParams }

/** None at build time: each page renders on its first request, then is kept until a change expires it. */
export async function generateStaticParams() {
  return []
}

/** Also every ten minutes, as the home page: events move from coming to past, documents in and out of force. */
export const revalidate = 600

export const generateMetadata = ({ params }: Props): Promise<Metadata> => staticListMetadata(params)

/** A list at page N, whole or (in [...filters]/page.tsx) filtered (../../staticList.tsx). */
export default function StaticListPage({ params }: Props) {
  return <StaticList params={params} />
}
