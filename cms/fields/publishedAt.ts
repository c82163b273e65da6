import type { DateField } from 'payload'

import { label } from '@/domain/labels'

/** The date shown to readers; set to the first publication time when left empty. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: label('Ngày đăng', 'Published on'),
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [({ value, siblingData }) => value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value)],
  },
}
