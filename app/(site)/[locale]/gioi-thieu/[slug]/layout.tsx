import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getPageBySlug } from '@/lib/queries/pages'

export default slugBoundaryLayout(getPageBySlug)
