import { searchPlugin } from '@payloadcms/plugin-search'
import type { Field } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { label } from '@/domain/labels'
import { searchFields } from './indexDocument'
import { searchIndexChanged } from './memory'
import { isSearchType, publicRule, SEARCH_INDEX_SLUG, SEARCH_TYPES, type SearchType } from './sources'

const hidden = { readOnly: true, hidden: true }
const textField = (name: string, type: 'text' | 'textarea' = 'textarea', index = false) => ({ name, type, index, admin: hidden }) as Field

/**
 * Payload's search plugin, kept as the store of the public search: one entry per published document,
 * holding both languages and their folded text (domain/search/normalize.ts). Its collection is named
 * `search-index` so that /api/search stays the public search endpoint (search/endpoint.ts).
 */
export const searchIndexPlugin = () =>
  searchPlugin({
    collections: SEARCH_TYPES,
    localize: false,
    deleteDrafts: true,
    syncDrafts: false,
    // A collection whose documents are not all public (the Q&A): an entry only for those that are,
    // and none left behind for one withdrawn.
    skipSync: async ({ collectionSlug, doc, req }) => {
      const rule = publicRule(collectionSlug as SearchType)
      if (!rule || rule.is(doc)) return false
      try {
        await req.payload.delete({
          collection: SEARCH_INDEX_SLUG,
          where: { and: [{ 'doc.relationTo': { equals: collectionSlug } }, { 'doc.value': { equals: doc.id } }] },
          depth: 0,
          req,
        })
      } catch (error) {
        // Never index it, whatever happened: the entry left behind is reported, and gone at the next save or rebuild.
        req.payload.logger.error({ msg: `search: could not remove the entry of ${collectionSlug} ${doc.id}: ${(error as Error).message}` })
      }
      return true
    },
    beforeSync: async ({ collectionSlug, originalDoc, payload, req, searchDoc }) => {
      // Drafts are not synced (the plugin checks after this hook): skip the reads.
      if (originalDoc._status === 'draft') return searchDoc
      return { ...searchDoc, ...(await searchFields(payload, collectionSlug as SearchType, String(originalDoc.id), req)) }
    },
    searchOverrides: {
      slug: SEARCH_INDEX_SLUG,
      labels: { singular: label('Mục chỉ mục tìm kiếm', 'Search index entry'), plural: label('Chỉ mục tìm kiếm', 'Search index') },
      access: {
        read: hasRole('admin', 'editor'),
        update: hasRole('admin'),
        delete: hasRole('admin'),
      },
      hooks: {
        afterChange: [() => searchIndexChanged()],
        afterDelete: [({ id }) => searchIndexChanged(String(id))],
      },
      admin: {
        group: label('Hệ thống', 'System'),
        defaultColumns: ['title', 'type', 'date'],
        description: label(
          'Tạo tự động khi nội dung được xuất bản, gỡ hoặc xóa. Nút “Reindex” dựng lại từ đầu (hoặc chạy npm run search:rebuild).',
          'Kept up to date as content is published, unpublished or deleted. “Reindex” rebuilds it (or run npm run search:rebuild).',
        ),
      },
      fields: ({ defaultFields }) => [
        ...defaultFields,
        {
          name: 'type',
          type: 'text',
          index: true,
          label: label('Loại', 'Type'),
          admin: { readOnly: true },
          // One of the indexed collections: an entry of another type is never loaded (search/memory.ts), and
          // the index's count would then never match its size (a full reload every 2 s).
          validate: (value: unknown) => isSearchType(value) || `Loại không hợp lệ / Unknown type: ${String(value).slice(0, 40)}`,
        },
        { name: 'date', type: 'date', index: true, label: label('Ngày', 'Date'), admin: { readOnly: true } },
        {
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          options: ['day', 'month', 'year'],
          label: label('Độ chính xác của ngày', 'Date precision'),
          admin: { readOnly: true },
        },
        textField('slug', 'text'),
        textField('keys', 'text', true),
        textField('titleVi', 'text'),
        textField('titleEn', 'text'),
        textField('textVi'),
        textField('textEn'),
        textField('matchTitleVi'),
        textField('matchTitleEn'),
        textField('matchSummaryVi'),
        textField('matchSummaryEn'),
        textField('matchVi'),
        textField('matchEn'),
        { name: 'version', type: 'number', index: true, admin: hidden },
      ],
    },
  })
