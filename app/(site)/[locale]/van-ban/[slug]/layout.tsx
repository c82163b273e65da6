import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getLegalDocumentBySlug } from '@/lib/queries/legalDocuments'

export default slugBoundaryLayout(getLegalDocumentBySlug)
