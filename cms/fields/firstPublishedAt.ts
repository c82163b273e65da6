import type { DateField } from 'payload'

import { label } from './labels'

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
      ({ originalDoc, siblingData }) =>
        originalDoc?.firstPublishedAt ?? (siblingData?._status === 'published' ? new Date().toISOString() : null),
    ],
  },
}
