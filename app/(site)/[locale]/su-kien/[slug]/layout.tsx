import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getEventBySlug } from '../../../../../cms/queries/events'

export default slugBoundaryLayout(getEventBySlug)
