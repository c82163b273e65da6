import { tags } from '../../../cms/cache-tags'
import { revalidateOnChange, revalidateOnDelete } from '../../../cms/hooks/revalidate'
import type { Procedure } from '../../../payload-types'

const procedureTags = (doc: Procedure) => [tags.procedures(), ...(doc.slug ? [tags.procedure(doc.slug)] : [])]

export const revalidateProcedure = revalidateOnChange<Procedure>(procedureTags)
export const revalidateProcedureDelete = revalidateOnDelete<Procedure>(procedureTags)
