import type { CollectionConfig } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { historyFields } from '@/cms/fields/history'
import { REVIEW_LIST_FILTER, reviewFields } from '@/cms/fields/review'
import { options } from '@/domain/options'
import { slugField } from '@/cms/fields/slug'
import { previewUrl } from '@/cms/preview'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { Procedure } from '@/payload-types'
import { CHANNEL_METHODS, LEGACY_ONLINE_LEVELS, ONLINE_SERVICE_LEVELS, PROCEDURE_LEVELS, TIME_UNITS } from '@/domain/procedures/options'
import { isProcedureCode } from '@/domain/procedures/code'
import { onlineLevelNeedsOnlineChannel, procedurePageUrl } from '@/domain/procedures/onlineService'

/** Administrative procedures (thủ tục hành chính, TTHC), shaped like the national public-service portal. */
export const Procedures: CollectionConfig<'procedures'> = {
  slug: 'procedures',
  labels: { singular: label('Thủ tục hành chính', 'Procedure'), plural: label('Thủ tục hành chính', 'Procedures') },
  ...editorial<Procedure>('procedures'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', '_status', 'reviewDueAt', 'updatedAt'],
    listSearchableFields: ['code', 'name'],
    preview: (doc, { locale }) => previewUrl('procedures', doc.slug as string, locale),
    group: label('Thủ tục', 'Procedures'),
    components: { beforeListTable: [REVIEW_LIST_FILTER] },
  },
  defaultSort: 'code',
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
        typeof value === 'string' && isProcedureCode(value.trim()) ? true : 'Mã thủ tục có dạng 1.001193 / Codes look like 1.001193',
    },
    {
      name: 'announcementDecision',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: label('Quyết định công bố', 'Announcement decision'),
      admin: { position: 'sidebar' },
    },
    { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên thủ tục', 'Name') },
    slugField('name'),
    { name: 'field', type: 'text', localized: true, validate: requiredInVietnamese, index: true, label: label('Lĩnh vực', 'Field') },
    {
      name: 'procedureType',
      type: 'select',
      defaultValue: 'standard',
      options: options(
        ['standard', 'TTHC tiêu chuẩn', 'Standard procedure'],
        ['detailed-by-law', 'TTHC được luật giao quy định chi tiết', 'Detailed as the law delegates'],
      ),
      label: label('Loại thủ tục', 'Procedure type'),
    },
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
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      label: label('Cơ quan thực hiện', 'Implementing agency'),
    },
    { name: 'competentAuthority', type: 'text', localized: true, label: label('Cơ quan có thẩm quyền', 'Competent authority') },
    { name: 'delegatedAgency', type: 'text', localized: true, label: label('Cơ quan được ủy quyền', 'Delegated agency') },
    { name: 'coordinatingAgency', type: 'text', localized: true, label: label('Cơ quan phối hợp', 'Coordinating agency') },
    {
      name: 'receivingAddress',
      type: 'textarea',
      localized: true,
      label: label('Địa chỉ tiếp nhận hồ sơ', 'Where to submit'),
    },
    {
      name: 'receivingPoints',
      type: 'relationship',
      relationTo: 'contact-points',
      hasMany: true,
      filterOptions: { kind: { in: ['one-stop', 'office'] } },
      label: label('Nơi tiếp nhận (địa chỉ, giờ làm việc)', 'Receiving offices (address, hours)'),
      admin: {
        description: label(
          'Chọn bộ phận một cửa: trang thủ tục hiện địa chỉ, giờ tiếp nhận và điện thoại của nơi đó.',
          'Pick the one-stop desk: the procedure page shows its address, opening hours and phone.',
        ),
      },
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
            { name: 'name', type: 'textarea', localized: true, validate: requiredInVietnamese, label: label('Tên giấy tờ', 'Document') },
            {
              type: 'row',
              fields: [
                { name: 'originals', type: 'number', min: 0, defaultValue: 1, label: label('Bản chính', 'Originals') },
                { name: 'copies', type: 'number', min: 0, defaultValue: 0, label: label('Bản sao', 'Copies') },
              ],
            },
            { name: 'form', type: 'upload', relationTo: 'media', label: label('Mẫu đơn, tờ khai', 'Form to fill in') },
          ],
        },
      ],
    },
    { name: 'requirements', type: 'textarea', localized: true, label: label('Yêu cầu, điều kiện', 'Requirements') },
    { name: 'result', type: 'textarea', localized: true, label: label('Kết quả thực hiện', 'Result') },
    {
      name: 'legalBasisDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: label('Căn cứ pháp lý (văn bản trên cổng)', 'Legal basis (documents on the portal)'),
    },
    {
      name: 'legalBasis',
      type: 'textarea',
      localized: true,
      label: label('Căn cứ pháp lý (văn bản khác)', 'Legal basis (other documents)'),
      admin: { description: label('Văn bản chưa có trên cổng, mỗi văn bản một dòng.', 'Documents not on the portal, one per line.') },
    },
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
          validate: onlineLevelNeedsOnlineChannel,
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
        {
          name: 'url',
          type: 'text',
          validate: procedurePageUrl,
          label: label('Trang nộp hồ sơ của thủ tục này', 'This procedure’s online submission page'),
          admin: {
            description: label(
              'Trang của chính thủ tục trên Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=…) hoặc cổng chuyên ngành. Để trống: trang thủ tục hướng dẫn tìm theo mã thủ tục trên Cổng Dịch vụ công quốc gia.',
              'The procedure’s own page on the National Public Service Portal (…/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=…) or a sector portal. Empty: the page tells readers to look the code up on the national portal.',
            ),
          },
        },
      ],
    },
    {
      name: 'onlineGuide',
      type: 'array',
      localized: true,
      label: label('Hướng dẫn nộp trực tuyến', 'How to apply online'),
      fields: [
        { name: 'title', type: 'text', required: true, label: label('Bước', 'Step') },
        { name: 'description', type: 'textarea', label: label('Nội dung', 'Details') },
        { name: 'screenshot', type: 'upload', relationTo: 'media', label: label('Ảnh màn hình', 'Screenshot') },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: label('Mô tả', 'Description') },
    { name: 'keywords', type: 'text', hasMany: true, label: label('Từ khóa', 'Keywords') },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      label: label('Thủ tục liên quan', 'Related procedures'),
      filterOptions: ({ id }) => ({ id: { not_equals: id } }),
    },
    ...reviewFields,
    ...historyFields,
  ],
}
