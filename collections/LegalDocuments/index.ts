import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { previewUrl } from '@/cms/preview'
import { historyFields } from '@/cms/fields/history'
import { options } from '@/domain/options'
import { httpsUrl, requiredInVietnamese } from '@/cms/fields/validators'
import type { LegalDocument } from '@/payload-types'
import { deriveFields } from './hooks/deriveFields'
import { uniqueIdentity } from './hooks/uniqueIdentity'
import { numberProblems } from '@/domain/legalDocuments/numbers'
import { DOCUMENT_TYPES, EFFECT_STATUSES, TOPICS } from '@/domain/legalDocuments/vocabulary'

const base = editorial<LegalDocument>('legal-documents')

/** A number that breaks the numbering rules is refused until the editor confirms it: never silently changed. */
const validateNumber: TextFieldSingleValidation = (value, { siblingData }) => {
  // Some documents are known without their number (e.g. older plans): leave it empty, never invent one.
  if (!value?.trim()) return true
  const problems = numberProblems(value)
  if (problems.length === 0 || (siblingData as { numberConfirmed?: boolean }).numberConfirmed) return true
  return `Số ký hiệu ${problems.join('; ')}. Nếu đúng như trên văn bản gốc, đánh dấu “Xác nhận số ký hiệu”.`
}

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** Văn bản: laws, decrees, directives and plans, with the fields of the national legal-documents database. */
export const LegalDocuments: CollectionConfig<'legal-documents'> = {
  slug: 'legal-documents',
  labels: { singular: label('Văn bản', 'Legal document'), plural: label('Văn bản', 'Legal documents') },
  ...base,
  hooks: { ...base.hooks, beforeValidate: [deriveFields, uniqueIdentity] },
  admin: {
    useAsTitle: 'title',
    preview: (doc, { locale }) => previewUrl('legal-documents', doc.slug as string, locale),
    defaultColumns: ['number', 'title', 'issuedAt', 'status', '_status'],
    listSearchableFields: ['number', 'title'],
    group: label('Văn bản', 'Documents'),
  },
  defaultSort: '-issuedAt',
  // The public list: published, newest first (Payload adds createdAt to every sort); a page at any depth is an index walk.
  indexes: [{ fields: ['_status', 'issuedAt', 'createdAt'] }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', index: true, validate: validateNumber, label: label('Số ký hiệu', 'Number') },
        {
          name: 'numberConfirmed',
          type: 'checkbox',
          label: label('Xác nhận số ký hiệu', 'Number confirmed'),
          admin: { description: label('Số khác quy tắc nhưng đúng với bản gốc.', 'Unusual, but as on the original.') },
        },
      ],
    },
    { name: 'documentType', type: 'select', required: true, index: true, options: DOCUMENT_TYPES, label: label('Loại văn bản', 'Type') },
    { name: 'title', type: 'textarea', localized: true, validate: requiredInVietnamese, label: label('Trích yếu', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'issuer', type: 'relationship', relationTo: 'agencies', required: true, label: label('Cơ quan ban hành', 'Issuer') },
        {
          name: 'issuerNameAtTime',
          type: 'text',
          localized: true,
          label: label('Tên cơ quan khi ban hành', 'Issuer’s name at issue'),
          admin: {
            description: label(
              'Tự điền từ cơ quan ban hành, giữ nguyên khi cơ quan đổi tên.',
              'Copied from the issuer; kept when it is renamed.',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signer', type: 'text', label: label('Người ký', 'Signed by') },
        { name: 'signerTitle', type: 'text', localized: true, label: label('Chức danh', 'Title of signer') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', type: 'date', required: true, index: true, label: label('Ngày ban hành', 'Issued on'), admin: day },
        {
          name: 'issuedAtPrecision',
          type: 'select',
          defaultValue: 'day',
          options: options(['day', 'Ngày', 'Day'], ['month', 'Tháng', 'Month'], ['year', 'Chỉ biết năm', 'Year only']),
          label: label('Độ chính xác', 'Precision'),
          admin: {
            description: label('Khi chỉ biết năm ban hành, trang chỉ hiện năm.', 'When only the year is known, pages show the year.'),
          },
        },
        { name: 'effectiveFrom', type: 'date', label: label('Ngày có hiệu lực', 'In effect from'), admin: day },
        { name: 'effectiveUntil', type: 'date', label: label('Ngày hết hiệu lực', 'In effect until'), admin: day },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', options: EFFECT_STATUSES, index: true, label: label('Tình trạng hiệu lực', 'Legal effect') },
        {
          name: 'statusSetByEditor',
          type: 'checkbox',
          label: label('Đặt tình trạng thủ công', 'Set by the editor'),
          admin: { description: label('Để trống: tính từ các ngày hiệu lực.', 'Unchecked: derived from the dates.') },
        },
      ],
    },
    { name: 'expiryReason', type: 'textarea', localized: true, label: label('Lý do hết hiệu lực', 'Why it expired') },
    {
      type: 'row',
      fields: [
        { name: 'gazetteNumber', type: 'text', label: label('Số công báo', 'Official Gazette number') },
        { name: 'gazetteDate', type: 'date', label: label('Ngày đăng công báo', 'Gazette date'), admin: day },
      ],
    },
    {
      name: 'topics',
      type: 'text',
      hasMany: true,
      label: label('Ngành, lĩnh vực', 'Fields'),
      admin: {
        description: label(
          `Có tên tiếng Anh sẵn: ${TOPICS.map((topic) => topic.label.vi).join('; ')}. Ngành khác hiện trên trang tiếng Anh bằng tiếng Việt.`,
          `With an English name: ${TOPICS.map((topic) => topic.label.en).join('; ')}. Others show in Vietnamese on English pages.`,
        ),
      },
    },
    { name: 'scope', type: 'text', localized: true, label: label('Phạm vi', 'Scope') },
    { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
    { name: 'fullText', type: 'richText', localized: true, label: label('Toàn văn', 'Full text') },
    {
      name: 'officialUrl',
      type: 'text',
      validate: httpsUrl,
      label: label('Đường dẫn văn bản gốc', 'Official text'),
      admin: {
        description: label(
          'Trang của văn bản trên Cơ sở dữ liệu quốc gia về pháp luật (vbpl.vn), Công báo hoặc cổng của cơ quan ban hành.',
          'The document’s page in the national legal database (vbpl.vn), the Official Gazette or the issuer’s portal.',
        ),
      },
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Tệp văn bản (PDF)', 'Files (PDF)'),
      filterOptions: {
        mimeType: {
          in: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        },
      },
    },
    {
      name: 'outgoingRelations',
      type: 'join',
      collection: 'document-relations',
      on: 'source',
      label: label('Văn bản này…', 'This document…'),
      admin: { defaultColumns: ['kind', 'target', 'note'] },
    },
    {
      name: 'incomingRelations',
      type: 'join',
      collection: 'document-relations',
      on: 'target',
      label: label('Văn bản khác tác động đến văn bản này', 'Other documents acting on this one'),
      admin: { defaultColumns: ['source', 'kind', 'note'] },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: label('Đường dẫn (slug)', 'Slug'),
      admin: {
        position: 'sidebar',
        description: label('Tự tạo: số ký hiệu và năm, ví dụ 13-ct-ttg-2015.', 'Made from number and year, e.g. 13-ct-ttg-2015.'),
      },
    },
    ...historyFields,
  ],
}
