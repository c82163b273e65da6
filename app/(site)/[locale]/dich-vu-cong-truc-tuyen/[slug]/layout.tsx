import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getGuideBySlug } from '@/lib/queries/guides'

export default slugBoundaryLayout(getGuideBySlug)
