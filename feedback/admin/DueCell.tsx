import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { deadlineRules, DUE_SOON_WORKING_DAYS, OPEN_FEEDBACK_STATUSES } from '@/cms/feedbackDeadlines'
import { deadlineState } from '@/domain/workingDays'

const OPEN = new Set<string>(OPEN_FEEDBACK_STATUSES)

/** The site settings' days off, read once per rendering of the list, not once per row. */
const rulesOf = cache((payload: Payload) => deadlineRules(payload))

const FLAGS = {
  vi: { overdue: 'Quá hạn', 'due-soon': 'Sắp đến hạn' },
  en: { overdue: 'Overdue', 'due-soon': 'Due soon' },
}

/**
 * The due date in the feedback list, flagged when an open item is late or within two working days of
 * its deadline (weekends and the listed holidays skipped): the dashboard's rule (domain/workingDays.ts).
 */
export async function DueCell({ cellData, rowData, payload, i18n }: DefaultServerCellComponentProps) {
  if (!cellData) return null
  const due = new Date(String(cellData))
  const date = due.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' })
  if (!OPEN.has(String(rowData?.status))) return <span>{date}</span>
  const { holidays } = await rulesOf(payload)
  const state = deadlineState(due, new Date(), holidays, DUE_SOON_WORKING_DAYS)
  if (state === 'on-time') return <span>{date}</span>
  return (
    <span>
      {date}
      <strong style={{ marginInlineStart: '0.5rem', color: state === 'overdue' ? 'var(--theme-error-750)' : 'var(--theme-warning-750)' }}>
        {FLAGS[i18n.language === 'en' ? 'en' : 'vi'][state]}
      </strong>
    </span>
  )
}
