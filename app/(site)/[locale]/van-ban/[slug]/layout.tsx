import { slugBoundaryLayout } from '../../../../_components/slugRoute'
import { getLegalDocumentBySlug } from '../../../../../cms/queries/legalDocuments'

export default slugBoundaryLayout(getLegalDocumentBySlug)
