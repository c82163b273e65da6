import type { DateField } from 'payload'

import { label } from '@/domain/labels'

/**
 * When the document was first published, kept for ever once set (unpublishing does not clear it):
 * it is what makes a document "ever published", which a contributor may not delete. Set by the server
 * only; whatever a client sends is ignored.
 */
export const firstPublishedAtField: DateField = {
  name: 'firstPublishedAt',
  type: 'date',
  index: true,
  label: label('Đăng lần đầu', 'First published'),
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
  hooks: {
    beforeChange: [
      // Kept from the saved document on update; a new document (a duplicate too) starts without one.
      ({ operation, originalDoc, siblingData }) =>
        (operation === 'update' ? originalDoc?.firstPublishedAt : null) ??
        (siblingData?._status === 'published' ? new Date().toISOString() : null),
    ],
  },
}
