import type { CollectionConfig } from 'payload'

import { hasRole } from '../../cms/access/hasRole'
import { publishedOrStaff } from '../../cms/access/publishedOrStaff'
import { CONTENT_ROLES } from '../../cms/access/roles'
import { label } from '../../cms/fields/labels'
import { slugField } from '../../cms/fields/slug'
import { requiredInVietnamese } from '../../cms/fields/validators'
import { revalidateProcedure, revalidateProcedureDelete } from './hooks/revalidateProcedure'
import {
  CHANNEL_METHODS,
  LEGACY_ONLINE_LEVELS,
  ONLINE_SERVICE_LEVELS,
  PROCEDURE_LEVELS,
  TIME_UNITS,
} from './options'

/** Administrative procedures (thủ tục hành chính, TTHC), shaped like the national public-service portal. */
export const Procedures: CollectionConfig<'procedures'> = {
  slug: 'procedures',
  labels: { singular: label('Thủ tục hành chính', 'Procedure'), plural: label('Thủ tục hành chính', 'Procedures') },
  access: {
    read: publishedOrStaff,
    create: hasRole(...CONTENT_ROLES),
    update: hasRole(...CONTENT_ROLES),
    delete: hasRole('admin', 'editor'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', '_status', 'updatedAt'],
    listSearchableFields: ['code', 'name'],
    group: label('Thủ tục', 'Procedures'),
  },
  defaultSort: 'code',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [revalidateProcedure],
    afterDelete: [revalidateProcedureDelete],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã thủ tục', 'Procedure code'),
      admin: { description: label('Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001193.', 'National code, e.g. 1.001193.') },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$/.test(value.trim())
          ? true
          : 'Mã thủ tục có dạng 1.001193 / Codes look like 1.001193',
    },
    { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên thủ tục', 'Name') },
    slugField('name'),
    { name: 'field', type: 'text', localized: true, validate: requiredInVietnamese, index: true, label: label('Lĩnh vực', 'Field') },
    {
      name: 'levels',
      type: 'select',
      hasMany: true,
      options: PROCEDURE_LEVELS,
      label: label('Cấp thực hiện', 'Levels'),
    },
    { name: 'applicants', type: 'textarea', localized: true, label: label('Đối tượng thực hiện', 'Who can apply') },
    {
      name: 'implementingAgency',
      type: 'text',
      localized: true,
      validate: requiredInVietnamese,
      label: label('Cơ quan thực hiện', 'Implementing agency'),
    },
    {
      name: 'receivingAddress',
      type: 'textarea',
      localized: true,
      label: label('Địa chỉ tiếp nhận hồ sơ', 'Where to submit'),
    },
    {
      name: 'steps',
      type: 'array',
      localized: true,
      label: label('Trình tự thực hiện', 'Steps'),
      labels: { singular: label('Bước', 'Step'), plural: label('Các bước', 'Steps') },
      fields: [
        { name: 'title', type: 'text', required: true, label: label('Bước', 'Step') },
        { name: 'description', type: 'textarea', label: label('Nội dung', 'Details') },
      ],
    },
    {
      name: 'channels',
      type: 'array',
      label: label('Cách thức thực hiện', 'How to submit'),
      labels: { singular: label('Cách thức', 'Channel'), plural: label('Cách thức', 'Channels') },
      admin: { description: label('Thời hạn và phí, lệ phí theo từng cách thức nộp.', 'Time limit and fees per channel.') },
      fields: [
        { name: 'method', type: 'select', required: true, options: CHANNEL_METHODS, label: label('Hình thức nộp', 'Method') },
        {
          type: 'row',
          fields: [
            { name: 'processingTime', type: 'number', min: 0, label: label('Thời hạn giải quyết', 'Processing time') },
            {
              name: 'timeUnit',
              type: 'select',
              options: TIME_UNITS,
              defaultValue: 'working-days',
              label: label('Đơn vị', 'Unit'),
            },
          ],
        },
        {
          name: 'fees',
          type: 'array',
          label: label('Phí, lệ phí', 'Fees'),
          fields: [
            { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên phí', 'Fee') },
            { name: 'amount', type: 'number', min: 0, label: label('Mức thu (đồng)', 'Amount (VND)') },
            { name: 'note', type: 'text', localized: true, label: label('Ghi chú', 'Note') },
          ],
        },
        { name: 'note', type: 'textarea', localized: true, label: label('Mô tả', 'Description') },
      ],
    },
    {
      name: 'dossierCases',
      type: 'array',
      label: label('Thành phần hồ sơ', 'Documents to bring'),
      labels: { singular: label('Trường hợp', 'Case'), plural: label('Trường hợp', 'Cases') },
      fields: [
        { name: 'name', type: 'text', localized: true, label: label('Trường hợp', 'Case') },
        {
          name: 'components',
          type: 'array',
          label: label('Giấy tờ', 'Documents'),
          fields: [
            { name: 'name', type: 'textarea', required: true, localized: true, label: label('Tên giấy tờ', 'Document') },
            {
              type: 'row',
              fields: [
                { name: 'originals', type: 'number', min: 0, defaultValue: 1, label: label('Bản chính', 'Originals') },
                { name: 'copies', type: 'number', min: 0, defaultValue: 0, label: label('Bản sao', 'Copies') },
              ],
            },
          ],
        },
      ],
    },
    { name: 'requirements', type: 'textarea', localized: true, label: label('Yêu cầu, điều kiện', 'Requirements') },
    { name: 'result', type: 'textarea', localized: true, label: label('Kết quả thực hiện', 'Result') },
    { name: 'legalBasis', type: 'textarea', localized: true, label: label('Căn cứ pháp lý', 'Legal basis') },
    {
      name: 'onlineService',
      type: 'group',
      label: label('Dịch vụ công trực tuyến', 'Online public service'),
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: ONLINE_SERVICE_LEVELS,
          label: label('Mức độ', 'Kind'),
        },
        {
          name: 'legacyLevel',
          type: 'select',
          options: LEGACY_ONLINE_LEVELS,
          label: label('Mức độ cũ (Nghị định 43/2011)', 'Former level (Decree 43/2011)'),
          admin: {
            description: label(
              'Để trống để suy ra: toàn trình ≈ mức độ 4, một phần ≈ mức độ 3.',
              'Leave empty to derive: full ≈ level 4, partial ≈ level 3.',
            ),
          },
        },
        { name: 'url', type: 'text', label: label('Đường dẫn nộp hồ sơ trực tuyến', 'Online submission link') },
      ],
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: label('Ngày rà soát gần nhất', 'Last reviewed'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
