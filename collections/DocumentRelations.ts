import {
  ValidationError,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type PayloadRequest,
  type Where,
} from 'payload'

import { belowEditor, CONTENT_ROLES, userHasRole } from '@/cms/access/roles'
import { revalidateEveryChange, revalidateOnDelete } from '@/cms/hooks/revalidate'
import { label } from '@/domain/labels'
import { hasPublishedVersion, neverPublished } from '@/cms/published'
import type { DocumentRelation } from '@/payload-types'
import { writeTags } from '@/cms/cacheTags'
import { RELATION_KINDS } from '@/domain/legalDocuments/vocabulary'
import { Refusal } from '@/cms/refusal'

type Side = DocumentRelation['source'] | undefined
const idOf = (value: Side) => (value && typeof value === 'object' ? value.id : value) || undefined

const betweenPublished: Where = {
  and: [{ 'source._status': { equals: 'published' } }, { 'target._status': { equals: 'published' } }],
}
const notBetweenPublished: Where = { or: [neverPublished('source'), neverPublished('target')] }

const BETWEEN_PUBLISHED =
  'Quan hệ giữa hai văn bản đã đăng chỉ biên tập viên được thêm, sửa hoặc xoá. / ' +
  'Only editors add, change or delete a relation between two published documents.'
const SELF =
  'Một văn bản không thể có quan hệ với chính nó: chọn văn bản khác. / A document cannot be related to itself: choose another document.'
const DUPLICATE =
  'Quan hệ này đã có (cùng văn bản, cùng loại quan hệ, cùng văn bản được tác động). / ' +
  'This relation already exists (same document, relation and other document).'

/** The contributor's Where for changing existing relations: at least one side never published. */
const editorsOrNotBetweenPublished = ({ req }: { req: PayloadRequest }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  return userHasRole(req.user, 'contributor') ? notBetweenPublished : false
}

/** Whether a legal document is published now or ever was (a published version in its history). */
async function everPublished(id: string, req: PayloadRequest): Promise<boolean> {
  const { totalDocs: live } = await req.payload.count({
    collection: 'legal-documents',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    req,
  })
  return live > 0 || hasPublishedVersion('legal-documents', id, req)
}

async function joinsPublished(source: string | undefined, target: string | undefined, req: PayloadRequest) {
  if (!source || !target) return false
  return (await everPublished(source, req)) && (await everPublished(target, req))
}

/**
 * A relation joins two different documents, once per kind; a contributor may not create one between
 * two (ever-)published documents, nor move one there or away from there.
 */
const checkRelation: CollectionBeforeValidateHook<DocumentRelation> = async ({ data, originalDoc, req }) => {
  const source = idOf(data?.source ?? originalDoc?.source)
  const target = idOf(data?.target ?? originalDoc?.target)
  const kind = data?.kind ?? originalDoc?.kind
  if (belowEditor(req.user)) {
    const before = originalDoc ? await joinsPublished(idOf(originalDoc.source), idOf(originalDoc.target), req) : false
    if (before || (await joinsPublished(source, target, req))) throw new Refusal(BETWEEN_PUBLISHED, 403)
  }
  if (source && source === target) {
    throw new ValidationError({ collection: 'document-relations', errors: [{ path: 'target', message: SELF }] })
  }
  if (source && target && kind) {
    const { totalDocs } = await req.payload.count({
      collection: 'document-relations',
      where: {
        and: [
          { source: { equals: source } },
          { kind: { equals: kind } },
          { target: { equals: target } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      req,
    })
    if (totalDocs > 0) {
      throw new ValidationError({ collection: 'document-relations', errors: [{ path: 'target', message: DUPLICATE }] })
    }
  }
  return data
}

/**
 * The access Where cannot see the history of documents published before `firstPublishedAt` existed:
 * a relation between documents once published stays an editor's.
 */
const contributorsKeepPublishedRelations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!belowEditor(req.user)) return
  const relation = await req.payload.findByID({ collection: 'document-relations', id, depth: 0, req })
  if (await joinsPublished(idOf(relation.source), idOf(relation.target), req)) throw new Refusal(BETWEEN_PUBLISHED, 403)
}

/**
 * One relation between two legal documents (107/2020 amends 24/2014), stored once and shown on both
 * documents through their join fields, each side with its own wording.
 */
export const DocumentRelations: CollectionConfig<'document-relations'> = {
  slug: 'document-relations',
  labels: { singular: label('Quan hệ văn bản', 'Document relation'), plural: label('Quan hệ văn bản', 'Document relations') },
  access: {
    // The public sees a relation only between two published documents (never a draft's existence).
    read: ({ req: { user } }) => userHasRole(user, ...CONTENT_ROLES) || betweenPublished,
    // Between two published documents only for editors: checked on the data in `checkRelation`.
    create: ({ req: { user } }) => userHasRole(user, ...CONTENT_ROLES),
    update: editorsOrNotBetweenPublished,
    delete: editorsOrNotBetweenPublished,
  },
  hooks: {
    beforeValidate: [checkRelation],
    beforeDelete: [contributorsKeepPublishedRelations],
    // The relations query of every document page reads this collection (lib/queries/legalDocuments.ts).
    afterChange: [revalidateEveryChange<DocumentRelation>(writeTags('document-relations')) as never],
    afterDelete: [revalidateOnDelete<DocumentRelation>(writeTags('document-relations')) as never],
  },
  admin: { useAsTitle: 'kind', defaultColumns: ['source', 'kind', 'target'], group: label('Văn bản', 'Documents') },
  fields: [
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'legal-documents',
      required: true,
      index: true,
      label: label('Văn bản', 'Document'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: Object.entries(RELATION_KINDS).map(([value, { outgoing }]) => ({ value, label: outgoing })),
      label: label('Quan hệ', 'Relation'),
    },
    {
      name: 'target',
      type: 'relationship',
      relationTo: 'legal-documents',
      required: true,
      index: true,
      label: label('Văn bản được tác động', 'Other document'),
    },
    { name: 'note', type: 'text', localized: true, label: label('Ghi chú (điều, khoản)', 'Note (articles)') },
  ],
}
