import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import { FEEDBACK_ANSWERS_TAG } from '@/cms/cacheTags'
import { isAnswered } from './answered'
import { setDueDate } from './deadline'
import { newTrackingCode } from './trackingCode'
import { feedbackEndpoints } from './endpoints'
import { queueAnswerEmail } from './emailTasks'
import { FEEDBACK_LIMITS } from './validate'
import { revalidateEveryChange, revalidateOnDelete } from '@/cms/hooks/revalidate'
import type { Feedback as FeedbackDoc } from '@/payload-types'

type Feedback = FeedbackDoc

/**
 * Checked on the whole document after the change (a partial update cannot slip past): publishing needs
 * the Answered or Closed status, a written answer and a public question. The answer's date is set when
 * an answered item first has none.
 */
const checkAnswer: CollectionBeforeChangeHook<Feedback> = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.publishAnswer && !(isAnswered(merged) && merged.publicQuestion?.trim())) {
    throw new ValidationError({
      errors: [
        {
          path: 'publishAnswer',
          message:
            'Cần trạng thái “Đã trả lời”, câu trả lời và câu hỏi công khai trước khi công khai. / Needs the Answered status, an answer and a public question first.',
        },
      ],
    })
  }
  if (isAnswered(merged) && !merged.answeredAt) data.answeredAt = new Date().toISOString()
  return data
}

/**
 * The citizen hears back by email (when they gave one) the first time the item is answered: queued
 * in the save's transaction, sent by the jobs runner (feedback/emailTasks.ts), so the officer never waits for SMTP.
 */
const emailTheAnswer: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, req }) => {
  if (isAnswered(doc) && !isAnswered(previousDoc) && doc.email) await queueAnswerEmail(req.payload, doc.id, req)
  return doc
}

/** The public Q&A changes when a published item changes, or one is published or withdrawn. */
const revalidatePublicAnswers = revalidateEveryChange<Feedback>((doc) => (doc.publishAnswer ? [FEEDBACK_ANSWERS_TAG] : []))

const FEEDBACK_STAFF = ['admin', 'feedback-officer'] as const

/**
 * Phản ánh, kiến nghị from citizens. Never public: only feedback officers and admins read, assign and
 * answer them. Citizens submit through the form or /api/feedback/submit (feedback/submit.ts); an
 * answered item can be published to the public Q&A, as a question rewritten without personal data.
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
  // The public Q&A (feedback/answers.ts): published answers, newest first.
  indexes: [{ fields: ['publishAnswer', 'answeredAt'] }],
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['trackingCode', 'subject', 'status', 'assignee', 'createdAt', 'dueAt'],
    group: label('Phản ánh', 'Feedback'),
  },
  defaultSort: '-createdAt',
  endpoints: feedbackEndpoints,
  hooks: {
    beforeChange: [setDueDate, checkAnswer],
    afterChange: [revalidatePublicAnswers, emailTheAnswer],
    afterDelete: [revalidateOnDelete<Feedback>((doc) => (doc.publishAnswer ? [FEEDBACK_ANSWERS_TAG] : []))],
  },
  fields: [
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: label('Mã theo dõi', 'Tracking code'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' && !value ? newTrackingCode() : value)] },
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
    { name: 'subject', type: 'text', required: true, maxLength: FEEDBACK_LIMITS.subject, label: label('Tiêu đề', 'Subject') },
    { name: 'message', type: 'textarea', required: true, maxLength: FEEDBACK_LIMITS.message, label: label('Nội dung', 'Message') },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      label: label('Thủ tục liên quan', 'Procedure'),
      admin: { allowCreate: false },
    },
    {
      name: 'procedureText',
      type: 'text',
      maxLength: FEEDBACK_LIMITS.procedure,
      label: label('Thủ tục (như người gửi ghi)', 'Procedure (as the sender typed it)'),
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.procedureText),
        description: label(
          'Người gửi ghi tên hoặc mã không khớp đúng một thủ tục đã công bố: chọn thủ tục ở ô trên nếu nhận ra.',
          'What the sender typed matched no single published procedure: pick it above if you recognise it.',
        ),
      },
    },
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
        ['closed', 'Đã đóng', 'Closed'],
      ),
      label: label('Trạng thái', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: label('Hạn xử lý', 'Due'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { displayFormat: 'dd/MM/yyyy' },
        description: label(
          'Tính từ ngày tiếp nhận theo thời hạn trong Cài đặt cổng.',
          'From the day received, by the time limit in the site settings.',
        ),
        components: { Cell: '@/feedback/admin/DueCell#DueCell' },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { roles: { in: [...FEEDBACK_STAFF] } },
      label: label('Người xử lý', 'Assigned to'),
      admin: { position: 'sidebar', allowCreate: false },
    },
    { name: 'answer', type: 'richText', label: label('Trả lời', 'Answer') },
    {
      name: 'answeredAt',
      type: 'date',
      label: label('Ngày trả lời', 'Answered on'),
      admin: {
        position: 'sidebar',
        description: label('Tự điền khi chuyển sang “Đã trả lời”.', 'Filled in when the status becomes Answered.'),
      },
    },
    {
      name: 'publishAnswer',
      type: 'checkbox',
      label: label('Công khai trong mục Hỏi đáp', 'Publish in the public Q&A'),
      admin: {
        position: 'sidebar',
        description: label('Chỉ câu hỏi công khai và câu trả lời được công bố.', 'Only the public question and the answer are published.'),
      },
    },
    {
      name: 'publicQuestion',
      type: 'textarea',
      maxLength: FEEDBACK_LIMITS.message,
      label: label('Câu hỏi công khai', 'Public question'),
      admin: {
        description: label(
          'Viết lại câu hỏi để đăng trong mục Hỏi đáp, bỏ họ tên, số điện thoại, địa chỉ, số giấy tờ và mọi thông tin cá nhân khác.',
          'The question as published in the Q&A, without names, phone numbers, addresses, ID numbers or any other personal data.',
        ),
      },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: label('Đã ẩn danh lúc', 'Anonymised at'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: label(
          'Họ tên, liên hệ và nội dung của người gửi đã được xóa (hết thời hạn lưu giữ, hoặc theo yêu cầu). Câu hỏi công khai và câu trả lời được giữ.',
          'The sender’s name, contact details and words were removed (retention ended, or on request). The public question and the answer are kept.',
        ),
      },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: label('Đồng ý xử lý dữ liệu lúc', 'Consent given at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'notification',
      type: 'select',
      options: options(
        ['queued', 'Đang chờ gửi thư báo', 'Email queued'],
        ['sent', 'Đã gửi thư báo', 'Email sent'],
        ['failed', 'Gửi thư báo lỗi', 'Email failed'],
        ['no-recipient', 'Chưa cài địa chỉ nhận thư', 'No address to notify'],
      ),
      label: label('Thư báo cho Sở', 'Notification email'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          'Thư được gửi nền; nếu máy chủ thư lỗi, hệ thống tự thử lại trong khoảng hai giờ rồi mới báo lỗi.',
          'Sent in the background; if the mail server fails it is retried for about two hours before it shows as failed.',
        ),
      },
    },
  ],
}
