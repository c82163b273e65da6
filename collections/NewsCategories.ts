import type { CollectionConfig } from 'payload'

import { reference } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { slugField } from '@/cms/fields/slug'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { NewsCategory } from '@/payload-types'

/** Sections of the news: the seven CCHC task areas and the others the plan names. */
export const NewsCategories: CollectionConfig<'news-categories'> = {
  slug: 'news-categories',
  labels: { singular: label('Chuyên mục', 'News category'), plural: label('Chuyên mục tin', 'News categories') },
  ...reference<NewsCategory>('news-categories'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: label('Tin tức', 'News') },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên chuyên mục', 'Name') },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: label('Mô tả', 'Description') },
    { name: 'order', type: 'number', defaultValue: 100, label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
    { name: 'news', type: 'join', collection: 'news', on: 'categories', label: label('Tin trong chuyên mục', 'News') },
  ],
}
