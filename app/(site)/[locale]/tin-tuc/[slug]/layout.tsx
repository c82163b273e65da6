import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getNewsBySlug } from '@/lib/queries/news'

export default slugBoundaryLayout(getNewsBySlug)
