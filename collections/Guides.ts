import type { CollectionConfig } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { previewUrl } from '@/cms/preview'
import { historyFields } from '@/cms/fields/history'
import { REVIEW_LIST_FILTER, reviewFields } from '@/cms/fields/review'
import { options } from '@/domain/options'
import { slugField } from '@/cms/fields/slug'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { Guide } from '@/payload-types'

/** Step-by-step guides (GOV.UK step by step): using online services, VNeID login, paying online. */
export const Guides: CollectionConfig<'guides'> = {
  slug: 'guides',
  labels: { singular: label('Hướng dẫn', 'Guide'), plural: label('Hướng dẫn từng bước', 'Step-by-step guides') },
  ...editorial<Guide>('guides'),
  admin: {
    useAsTitle: 'title',
    preview: (doc, { locale }) => previewUrl('guides', doc.slug as string, locale),
    defaultColumns: ['title', 'audience', '_status', 'reviewDueAt'],
    group: label('Thủ tục', 'Procedures'),
    components: { beforeListTable: [REVIEW_LIST_FILTER] },
  },
  // The public list: published, oldest first.
  indexes: [{ fields: ['_status', 'createdAt'] }],
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      options: options(
        ['citizens', 'Người dân', 'Citizens'],
        ['businesses', 'Doanh nghiệp', 'Businesses'],
        ['officials', 'Cán bộ, công chức', 'Officials'],
      ),
      label: label('Dành cho', 'For'),
    },
    {
      name: 'steps',
      type: 'array',
      localized: true,
      label: label('Các bước', 'Steps'),
      fields: [
        { name: 'title', type: 'text', required: true, label: label('Bước', 'Step') },
        { name: 'body', type: 'richText', label: label('Nội dung', 'Details') },
        { name: 'image', type: 'upload', relationTo: 'media', label: label('Ảnh minh họa', 'Screenshot') },
        {
          name: 'procedures',
          type: 'relationship',
          relationTo: 'procedures',
          hasMany: true,
          label: label('Thủ tục liên quan', 'Procedures'),
        },
      ],
    },
    ...reviewFields,
    ...historyFields,
  ],
}
