import type { CollectionConfig } from 'payload'

import { PAGE_COMMENT_MAX } from '@/domain/pageFeedback'

import { hasRole } from '@/cms/access/hasRole'
import { CONTENT_ROLES } from '@/cms/access/roles'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'

/**
 * "Was this page useful?" answers on procedure and guide pages: yes or no and an optional comment,
 * no personal data. Read by editors to improve pages; created only by the public form's route.
 */
export const PageFeedback: CollectionConfig<'page-feedback'> = {
  slug: 'page-feedback',
  labels: { singular: label('Đánh giá trang', 'Page rating'), plural: label('Đánh giá trang', 'Page ratings') },
  access: {
    read: hasRole(...CONTENT_ROLES),
    create: () => false,
    update: () => false,
    delete: hasRole('admin'),
  },
  admin: {
    group: label('Phản ánh', 'Feedback'),
    useAsTitle: 'path',
    defaultColumns: ['path', 'useful', 'comment', 'createdAt'],
    description: label(
      'Người đọc cho biết trang thủ tục, hướng dẫn có hữu ích không.',
      'Readers say whether a procedure or guide page helped.',
    ),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'path', type: 'text', required: true, index: true, label: label('Trang', 'Page'), admin: { readOnly: true } },
    {
      name: 'useful',
      type: 'select',
      required: true,
      options: options(['yes', 'Có', 'Yes'], ['no', 'Không', 'No']),
      label: label('Hữu ích', 'Useful'),
      admin: { readOnly: true },
    },
    { name: 'comment', type: 'textarea', maxLength: PAGE_COMMENT_MAX, label: label('Góp ý', 'Comment'), admin: { readOnly: true } },
  ],
}
