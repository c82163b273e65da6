import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getNewsBySlug } from '../../../../../cms/queries/news'

export default slugBoundaryLayout(getNewsBySlug)
