import type { CollectionConfig } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { previewUrl } from '@/cms/preview'
import { historyFields } from '@/cms/fields/history'
import { options } from '@/domain/options'
import { publishedAtField } from '@/cms/fields/publishedAt'
import { slugField } from '@/cms/fields/slug'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { News as NewsDoc } from '@/payload-types'

export const NEWS_KINDS = options(
  ['news', 'Tin tức', 'News'],
  ['press-release', 'Thông cáo báo chí', 'Press release'],
  ['announcement', 'Thông báo', 'Announcement'],
  ['commendation', 'Biểu dương', 'Commendation'],
  ['criticism', 'Phản ánh tiêu cực', 'Criticism'],
)

/** News, press releases, commendations and announcements. */
export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: { singular: label('Tin bài', 'News item'), plural: label('Tin tức', 'News') },
  ...editorial<NewsDoc>('news'),
  admin: {
    useAsTitle: 'title',
    preview: (doc, { locale }) => previewUrl('news', doc.slug as string, locale),
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    group: label('Tin tức', 'News'),
  },
  defaultSort: '-publishedAt',
  // The public list: published, newest first (Payload adds createdAt to every sort); a page at any depth is an index walk.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    { name: 'excerpt', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Cover image') },
    { name: 'body', type: 'richText', localized: true, label: label('Nội dung', 'Body') },
    {
      type: 'row',
      fields: [
        {
          name: 'author',
          type: 'text',
          label: label('Tác giả', 'Author'),
          admin: { description: label('Người viết tin, bài.', 'Who wrote it.') },
        },
        {
          name: 'source',
          type: 'text',
          localized: true,
          label: label('Nguồn', 'Source'),
          admin: {
            description: label(
              'Khi đăng lại: tên báo, cổng, đơn vị cung cấp.',
              'When republished: the paper, portal or body it came from.',
            ),
          },
        },
      ],
    },
    {
      name: 'kind',
      type: 'select',
      options: NEWS_KINDS,
      defaultValue: 'news',
      required: true,
      label: label('Loại tin', 'Kind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'news-categories',
      hasMany: true,
      label: label('Chuyên mục', 'Categories'),
      admin: { position: 'sidebar' },
    },
    publishedAtField,
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, label: label('Tệp đính kèm', 'Attachments') },
    {
      name: 'relatedDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: label('Văn bản liên quan', 'Related documents'),
    },
    ...historyFields,
  ],
}
