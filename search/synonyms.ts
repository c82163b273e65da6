import type { CollectionConfig, TextareaField } from 'payload'

import { editorsOnly } from '@/cms/access/hasRole'
import { label } from '@/domain/labels'
import { parsePhrases, SHIPPED_SYNONYMS } from '@/domain/search/vocabulary'
import { searchIndexChanged } from './memory'

export const SEARCH_SYNONYMS_SLUG = 'search-synonyms'

const atLeastTwo: TextareaField['validate'] = (value) =>
  parsePhrases(value ?? '').length >= 2 ||
  'Cần ít nhất hai cách gọi khác nhau, mỗi cách một dòng hoặc cách nhau bằng dấu phẩy. / At least two different phrases, one per line or separated by commas.'

const MAX_PHRASES_TEXT = 2000

/** A sample of the shipped list, for the editor's bearings. */
const SHIPPED_SAMPLE = SHIPPED_SYNONYMS.slice(0, 4)
  .map((group) => group.slice(0, 3).join(' = '))
  .join('; ')

/**
 * Editors' additions to the search vocabulary (domain/search/vocabulary.ts ships the common ones):
 * each document is one group of phrases that mean the same. Takes effect within seconds on every
 * instance (search/memory.ts re-reads the groups), no deploy or restart. Never public.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: SEARCH_SYNONYMS_SLUG,
  labels: { singular: label('Nhóm từ đồng nghĩa', 'Synonym group'), plural: label('Từ đồng nghĩa tìm kiếm', 'Search synonyms') },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: {
    group: label('Tìm kiếm', 'Search'),
    useAsTitle: 'phrases',
    defaultColumns: ['phrases', 'note', 'updatedAt'],
    description: label(
      `Những cách gọi cùng một thứ: tìm một cách sẽ thấy cả các cách kia, có hiệu lực sau vài giây. Cổng đã có sẵn ${SHIPPED_SYNONYMS.length} nhóm thông dụng (ví dụ: ${SHIPPED_SAMPLE}); ở đây thêm những nhóm riêng của địa phương.`,
      `Ways of naming the same thing: a search for one finds the others, within seconds. The portal ships ${SHIPPED_SYNONYMS.length} common groups (for example: ${SHIPPED_SAMPLE}); add the local ones here.`,
    ),
  },
  hooks: { afterChange: [() => searchIndexChanged()], afterDelete: [() => searchIndexChanged()] },
  fields: [
    {
      name: 'phrases',
      type: 'textarea',
      required: true,
      maxLength: MAX_PHRASES_TEXT,
      validate: atLeastTwo,
      label: label('Các cách gọi', 'Phrases'),
      admin: {
        description: label(
          'Mỗi cách gọi một dòng hoặc cách nhau bằng dấu phẩy, ví dụ: “Sở TT&TT, Sở Thông tin và Truyền thông”. Không cần gõ dấu hai lần: tìm kiếm không phân biệt dấu và chữ hoa.',
          'One phrase per line or separated by commas, e.g. “Sở TT&TT, Sở Thông tin và Truyền thông”. Search ignores diacritics and case.',
        ),
      },
    },
    { name: 'note', type: 'text', maxLength: 300, label: label('Ghi chú', 'Note') },
  ],
}
