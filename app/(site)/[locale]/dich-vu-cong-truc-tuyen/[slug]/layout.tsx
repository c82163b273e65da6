import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getGuideBySlug } from '../../../../../cms/queries/guides'

export default slugBoundaryLayout(getGuideBySlug)
