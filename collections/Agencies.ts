import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { reference } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { Agency } from '@/payload-types'

export const AGENCY_KINDS = options(
  ['national-assembly', 'Quốc hội', 'National Assembly'],
  ['government', 'Chính phủ, Thủ tướng', 'Government, Prime Minister'],
  ['ministry', 'Bộ, ngành', 'Ministry'],
  ['party', 'Cơ quan Đảng', 'Party body'],
  ['province', 'HĐND, UBND tỉnh', 'Provincial council or committee'],
  ['department', 'Sở, ban, ngành tỉnh', 'Provincial department'],
  ['unit', 'Đơn vị thuộc Sở', 'Unit of the department'],
  ['commune', 'Cấp xã', 'Commune'],
  ['other', 'Khác', 'Other'],
)

/**
 * Issuers and implementing bodies. Bodies are renamed and merged (e.g. Nam Định into Ninh Bình on
 * 1/7/2025): a record is never rewritten, it points to its successor and documents keep the issuer's
 * name as it was at issue time.
 */
const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : null)

/**
 * A successor may not be the body itself, nor lead back to it through its own successors: the site
 * follows the chain to say what a body is called now ("nay là …").
 */
const noSuccessionLoop: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  const self = id === undefined ? null : String(id)
  const seen = new Set<string>()
  for (let next = idOf(value); next;) {
    if (next === self || seen.has(next)) return 'Cơ quan kế thừa tạo thành vòng lặp. / The successor would make a loop.'
    seen.add(next)
    const doc = await req.payload.findByID({
      collection: 'agencies',
      id: next,
      depth: 0,
      select: { successor: true },
      disableErrors: true,
      req,
    })
    next = idOf(doc?.successor)
  }
  return true
}

export const Agencies: CollectionConfig<'agencies'> = {
  slug: 'agencies',
  labels: { singular: label('Cơ quan', 'Agency'), plural: label('Cơ quan, đơn vị', 'Agencies') },
  // Agency names appear on documents and procedures: their lists are revalidated too.
  ...reference<Agency>('agencies'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'kind', 'activeUntil'], group: label('Danh mục', 'Reference') },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên cơ quan', 'Name') },
    { name: 'shortName', type: 'text', label: label('Tên viết tắt', 'Short name'), admin: { description: 'UBND, TTg, BTTTT…' } },
    { name: 'kind', type: 'select', options: AGENCY_KINDS, required: true, label: label('Loại', 'Kind') },
    { name: 'parent', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan cấp trên', 'Parent body') },
    {
      type: 'row',
      fields: [
        {
          name: 'successor',
          type: 'relationship',
          relationTo: 'agencies',
          label: label('Cơ quan kế thừa', 'Successor'),
          validate: noSuccessionLoop,
          admin: { description: label('Khi đổi tên hoặc hợp nhất.', 'When renamed or merged.') },
        },
        {
          name: 'successionKind',
          type: 'select',
          options: options(['renamed', 'Đổi tên', 'Renamed'], ['merged', 'Hợp nhất, sáp nhập', 'Merged']),
          label: label('Hình thức', 'How'),
        },
        {
          name: 'activeUntil',
          type: 'date',
          label: label('Hoạt động đến ngày', 'Active until'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'predecessors',
      type: 'join',
      collection: 'agencies',
      on: 'successor',
      label: label('Cơ quan tiền thân', 'Predecessors'),
    },
    { name: 'website', type: 'text', label: label('Cổng thông tin', 'Website') },
  ],
}
