import crypto from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { hasRole } from '../cms/access/hasRole'
import { label } from '../cms/fields/labels'
import { options } from '../cms/fields/options'

const FEEDBACK_STAFF = ['admin', 'feedback-officer'] as const

/** A short code a citizen can quote and track with (no 0/O or 1/I to misread). */
export function trackingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = crypto.randomBytes(8)
  return `PA-${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`
}

/**
 * Phản ánh, kiến nghị from citizens. Never public: only feedback officers and admins read or answer
 * them. The public form (issue to come) creates them through the server with its own checks.
 */
export const Feedback: CollectionConfig<'feedback'> = {
  slug: 'feedback',
  labels: { singular: label('Phản ánh, kiến nghị', 'Feedback'), plural: label('Phản ánh, kiến nghị', 'Feedback') },
  access: {
    read: hasRole(...FEEDBACK_STAFF),
    create: hasRole(...FEEDBACK_STAFF),
    update: hasRole(...FEEDBACK_STAFF),
    delete: hasRole('admin'),
    readVersions: hasRole(...FEEDBACK_STAFF),
  },
  versions: { maxPerDoc: 20 },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['trackingCode', 'subject', 'status', 'createdAt'],
    group: label('Phản ánh', 'Feedback'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: label('Mã theo dõi', 'Tracking code'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' && !value ? trackingCode() : value)] },
    },
    { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
      ],
    },
    { name: 'address', type: 'text', label: label('Địa chỉ', 'Address') },
    { name: 'subject', type: 'text', required: true, label: label('Tiêu đề', 'Subject') },
    { name: 'message', type: 'textarea', required: true, label: label('Nội dung', 'Message') },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', label: label('Thủ tục liên quan', 'Procedure') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: options(
        ['received', 'Đã tiếp nhận', 'Received'],
        ['processing', 'Đang xử lý', 'In progress'],
        ['answered', 'Đã trả lời', 'Answered'],
        ['rejected', 'Không thuộc thẩm quyền', 'Not ours to answer'],
      ),
      label: label('Trạng thái', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'answer', type: 'richText', label: label('Trả lời', 'Answer') },
    { name: 'answeredAt', type: 'date', label: label('Ngày trả lời', 'Answered on'), admin: { position: 'sidebar' } },
    {
      name: 'publishAnswer',
      type: 'checkbox',
      label: label('Công khai câu hỏi và trả lời', 'Publish the question and answer'),
      admin: { position: 'sidebar', description: label('Không công khai họ tên, địa chỉ liên hệ.', 'Name and contact details are never published.') },
    },
  ],
}
