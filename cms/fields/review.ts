import type { Field, FieldHook } from 'payload'

import { label } from '@/domain/labels'
import { addMonths } from '@/domain/workingDays'

/** How long a page may go unreviewed, by default (each item sets its own). */
export const DEFAULT_REVIEW_MONTHS = 12

type Reviewed = {
  lastReviewedAt?: string | null
  reviewIntervalMonths?: number | null
  firstPublishedAt?: string | null
  createdAt?: string | null
}

/** The next review: the interval after the last review, or after first publication (or creation) when there was none. */
const computeDue: FieldHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as Reviewed
  const from = merged.lastReviewedAt ?? merged.firstPublishedAt ?? merged.createdAt ?? new Date().toISOString()
  return addMonths(new Date(from), merged.reviewIntervalMonths ?? DEFAULT_REVIEW_MONTHS).toISOString()
}

/** The one-click "Đến hạn rà soát" / "Tất cả" filter before the list of each reviewed collection (admin.components.beforeListTable). */
export const REVIEW_LIST_FILTER = '@/cms/admin/ReviewFilter#ReviewFilter'

/**
 * Review dates of content citizens act on (procedures, guides, pages): when it was last checked
 * against the law and the facts, how often it must be, and when that falls due (the dashboard's and
 * the lists' "due for review" filter, REVIEW_LIST_FILTER). Pages show "Cập nhật lần cuối": the later of
 * the last review and the last save of the published text (domain/lastUpdated.ts).
 */
export const reviewFields: Field[] = [
  {
    name: 'lastReviewedAt',
    type: 'date',
    label: label('Ngày rà soát gần nhất', 'Last reviewed'),
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      description: label('Ngày đối chiếu lần cuối với văn bản, thực tế.', 'When it was last checked against the law and the facts.'),
    },
  },
  {
    name: 'reviewIntervalMonths',
    type: 'number',
    min: 1,
    max: 60,
    defaultValue: DEFAULT_REVIEW_MONTHS,
    label: label('Rà soát mỗi (tháng)', 'Review every (months)'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewDueAt',
    type: 'date',
    index: true,
    label: label('Đến hạn rà soát', 'Review due'),
    admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
    hooks: { beforeChange: [computeDue] },
  },
]
