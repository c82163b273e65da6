import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getProcedureBySlug } from '../../../../../cms/queries/procedures'

export default slugBoundaryLayout(getProcedureBySlug)
