import type { CollectionConfig, TextareaField } from 'payload'

import { editorsOnly } from '@/cms/access/hasRole'
import { label } from '@/domain/labels'
import { GENERIC_WORDS, parsePhrases, phraseWords, SHIPPED_SYNONYMS } from '@/domain/search/vocabulary'
import { searchIndexChanged } from './memory'

export const SEARCH_SYNONYMS_SLUG = 'search-synonyms'

const MAX_PHRASES_TEXT = 2000
/** Bounds on what every search compiles and matches: groups, phrases in a group, words in a phrase. */
export const MAX_SYNONYM_GROUPS = 500
const MAX_PHRASES = 20
const MAX_WORDS = 8

const isGeneric = (phrase: string) => {
  const words = phraseWords(phrase)
  return words.every((word) => GENERIC_WORDS.vi.includes(word) || GENERIC_WORDS.en.includes(word))
}

/** Two to twenty phrases, each of one to eight words, not a generic word alone; at most 500 groups. */
const checkPhrases: TextareaField['validate'] = async (value, { id, req }) => {
  const phrases = parsePhrases(value ?? '')
  if (phrases.length < 2)
    return 'Cần ít nhất hai cách gọi khác nhau, mỗi cách một dòng hoặc cách nhau bằng dấu phẩy. / At least two different phrases, one per line or separated by commas.'
  if (phrases.length > MAX_PHRASES) return `Tối đa ${MAX_PHRASES} cách gọi một nhóm. / At most ${MAX_PHRASES} phrases a group.`
  const long = phrases.find((phrase) => phraseWords(phrase).length > MAX_WORDS)
  if (long) return `“${long}”: tối đa ${MAX_WORDS} từ một cách gọi. / At most ${MAX_WORDS} words a phrase.`
  const generic = phrases.find((phrase) => phrase.length < 2 || isGeneric(phrase))
  if (generic)
    return `“${generic}” là từ chung (như “và”, “thủ tục”): đưa vào sẽ làm sai mọi lượt tìm. / “${generic}” is a generic word: it would skew every search.`
  if (!id && (await req.payload.count({ collection: SEARCH_SYNONYMS_SLUG, req })).totalDocs >= MAX_SYNONYM_GROUPS)
    return `Đã có ${MAX_SYNONYM_GROUPS} nhóm, mức tối đa: gộp hoặc xóa bớt nhóm cũ. / ${MAX_SYNONYM_GROUPS} groups already, the most there can be.`
  return true
}

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
      validate: checkPhrases,
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
