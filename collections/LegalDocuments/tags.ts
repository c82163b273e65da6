import type { PayloadRequest } from 'payload'

import { slugTags, tags } from '@/cms/cacheTags'
import type { DocumentRelation, LegalDocument } from '@/payload-types'

type Relation = Partial<Pick<DocumentRelation, 'source' | 'target'>>
type Side = Relation['source']
export const idOf = (value: Side) => (value && typeof value === 'object' ? value.id : value) || undefined

/**
 * Tags of the pages of the documents a relation joins. The previous document of a create is empty
 * (`{}`): it joins nothing, so it has no tags.
 */
export async function relationTags(relation: Relation, req: PayloadRequest): Promise<string[]> {
  const ids = [idOf(relation.source), idOf(relation.target)].filter((id): id is string => Boolean(id))
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'legal-documents',
    where: { id: { in: ids } },
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
