import type { CollectionConfig, Where } from 'payload'

import { hasRole } from '../cms/access/hasRole'
import { CONTENT_ROLES, userHasRole } from '../cms/access/roles'
import { revalidateEveryChange, revalidateOnDelete } from '../cms/hooks/revalidate'
import { label } from '../cms/fields/labels'
import type { DocumentRelation } from '../payload-types'
import { relationTags } from './LegalDocuments/tags'
import { RELATION_KINDS } from './LegalDocuments/vocabulary'

const betweenPublished: Where = {
  and: [{ 'source._status': { equals: 'published' } }, { 'target._status': { equals: 'published' } }],
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
    create: hasRole(...CONTENT_ROLES),
    update: hasRole(...CONTENT_ROLES),
    delete: hasRole(...CONTENT_ROLES),
  },
  hooks: {
    afterChange: [revalidateEveryChange<DocumentRelation>(relationTags) as never],
    afterDelete: [revalidateOnDelete<DocumentRelation>(relationTags) as never],
  },
  admin: { useAsTitle: 'kind', defaultColumns: ['source', 'kind', 'target'], group: label('Văn bản', 'Documents') },
  fields: [
    { name: 'source', type: 'relationship', relationTo: 'legal-documents', required: true, index: true, label: label('Văn bản', 'Document') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: Object.entries(RELATION_KINDS).map(([value, { outgoing }]) => ({ value, label: outgoing })),
      label: label('Quan hệ', 'Relation'),
    },
    { name: 'target', type: 'relationship', relationTo: 'legal-documents', required: true, index: true, label: label('Văn bản được tác động', 'Other document') },
    { name: 'note', type: 'text', localized: true, label: label('Ghi chú (điều, khoản)', 'Note (articles)') },
  ],
}
