import type { CollectionConfig } from 'payload'

import { reference } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import type { IndexResult } from '@/payload-types'

/** Yearly results of the province in the national indices (PCI, PAR Index, SIPAS, PAPI). */
/** The published indices the department is measured by. */
export const INDEX_KINDS = options(
  ['PCI', 'PCI (năng lực cạnh tranh cấp tỉnh)', 'PCI (provincial competitiveness)'],
  ['PAR', 'PAR Index (cải cách hành chính)', 'PAR Index (administrative reform)'],
  ['SIPAS', 'SIPAS (hài lòng của người dân)', 'SIPAS (citizen satisfaction)'],
  ['PAPI', 'PAPI (quản trị và hành chính công)', 'PAPI (governance and public administration)'],
)

export const IndexResults: CollectionConfig<'index-results'> = {
  slug: 'index-results',
  labels: { singular: label('Kết quả chỉ số', 'Index result'), plural: label('Chỉ số PCI, PAR Index…', 'Index results') },
  ...reference<IndexResult>('index-results'),
  admin: { useAsTitle: 'index', defaultColumns: ['index', 'year', 'score', 'rank', 'outOf'], group: label('Danh mục', 'Reference') },
  defaultSort: '-year',
  indexes: [{ fields: ['index', 'year'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'index',
          type: 'select',
          required: true,
          options: INDEX_KINDS,
          label: label('Chỉ số', 'Index'),
        },
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('Năm', 'Year') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'score', type: 'number', required: true, label: label('Điểm', 'Score') },
        {
          name: 'unit',
          type: 'select',
          defaultValue: 'points',
          options: options(['points', 'điểm', 'points'], ['percent', '%', '%']),
          label: label('Đơn vị', 'Unit'),
        },
        {
          name: 'rank',
          type: 'number',
          min: 1,
          label: label('Xếp hạng', 'Rank'),
          admin: { description: label('Để trống nếu không xếp hạng.', 'Empty when unranked.') },
        },
        { name: 'outOf', type: 'number', min: 1, label: label('Trên tổng số', 'Out of') },
      ],
    },
    { name: 'source', type: 'text', required: true, label: label('Nguồn', 'Source') },
    { name: 'note', type: 'textarea', localized: true, label: label('Ghi chú', 'Note') },
  ],
}
