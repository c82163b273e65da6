import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getPageBySlug } from '../../../../../cms/queries/pages'

export default slugBoundaryLayout(getPageBySlug)
