import type { RelationshipField } from 'payload'

import { CONTENT_ROLES, userHasRole } from '../access/roles'
import { label } from '@/domain/labels'

/**
 * Who saved this version: kept in every version, so the version history shows who changed what and
 * when. Staff only: the public API never names editors.
 */
export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: label('Người sửa gần nhất', 'Last changed by'),
  access: { read: ({ req: { user } }) => userHasRole(user, ...CONTENT_ROLES, 'feedback-officer') },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [({ req, value }) => (req.user ? req.user.id : value)] },
}
