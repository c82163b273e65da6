import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getEventBySlug } from '@/lib/queries/events'

export default slugBoundaryLayout(getEventBySlug)
