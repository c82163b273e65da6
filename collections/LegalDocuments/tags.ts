import type { PayloadRequest } from 'payload'

import { slugTags, tags } from '../../cms/cache-tags'
import type { DocumentRelation, LegalDocument } from '../../payload-types'

type Relation = Pick<DocumentRelation, 'source' | 'target'>
const idOf = (value: Relation['source']) => (typeof value === 'object' ? value.id : value)

/** Tags of the pages of the documents a relation joins. */
export async function relationTags(relation: Relation, req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'legal-documents',
    where: { id: { in: [idOf(relation.source), idOf(relation.target)] } },
    depth: 0,
    pagination: false,
    select: { slug: true },
    req,
  })
  return docs.flatMap((doc) => (doc.slug ? [tags.document('legal-documents', doc.slug)] : []))
}

/** A document's own page and lists, and the pages of the documents related to it (they show its title). */
export async function legalDocumentTags(doc: LegalDocument, req: PayloadRequest): Promise<string[]> {
  const { docs: relations } = await req.payload.find({
    collection: 'document-relations',
    where: { or: [{ source: { equals: doc.id } }, { target: { equals: doc.id } }] },
    depth: 0,
    pagination: false,
    req,
  })
  const related = await Promise.all(relations.map((relation) => relationTags(relation, req)))
  return [...slugTags('legal-documents')(doc), ...related.flat()]
}
