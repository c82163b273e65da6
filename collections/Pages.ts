import type { CollectionConfig } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { previewUrl } from '@/cms/preview'
import { historyFields } from '@/cms/fields/history'
import { REVIEW_LIST_FILTER, reviewFields } from '@/cms/fields/review'
import { slugField } from '@/cms/fields/slug'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { Page } from '@/payload-types'

/** Giới thiệu, organisation, functions and duties, accessibility statement, privacy. */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: label('Trang', 'Page'), plural: label('Trang giới thiệu', 'Pages') },
  ...editorial<Page>('pages'),
  admin: {
    useAsTitle: 'title',
    preview: (doc, { locale }) => previewUrl('pages', doc.slug as string, locale),
    defaultColumns: ['title', 'slug', 'parent', '_status', 'reviewDueAt'],
    group: label('Nội dung', 'Content'),
    components: { beforeListTable: [REVIEW_LIST_FILTER] },
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('Nội dung', 'Body') },
    { name: 'parent', type: 'relationship', relationTo: 'pages', label: label('Trang cha', 'Parent page'), admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', defaultValue: 100, label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
    ...reviewFields,
    ...historyFields,
  ],
}
