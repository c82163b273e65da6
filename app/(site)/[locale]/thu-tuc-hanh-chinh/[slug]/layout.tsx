import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { getProcedureBySlug } from '@/lib/queries/procedures'

export default slugBoundaryLayout(getProcedureBySlug)
