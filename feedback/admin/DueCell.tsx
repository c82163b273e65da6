'use client'

import type { DefaultCellComponentProps } from 'payload'
import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { OPEN_FEEDBACK_STATUSES } from '@/cms/feedbackDeadlines'

const OPEN = new Set<string>(OPEN_FEEDBACK_STATUSES)
const DAY_MS = 86_400_000

/** The due date in the feedback list, flagged when an open item is late or due within two days. */
export function DueCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  // The time the list was shown: one clock for every row.
  const [now] = useState(() => Date.now())
  if (!cellData) return null
  const due = new Date(String(cellData))
  const date = due.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' })
  if (!OPEN.has(String(rowData?.status))) return <span>{date}</span>
  const left = due.getTime() - now
  const en = i18n.language === 'en'
  const flag = left < 0 ? (en ? 'Overdue' : 'Quá hạn') : left < 2 * DAY_MS ? (en ? 'Due soon' : 'Sắp đến hạn') : null
  return (
    <span>
      {date}
      {flag ? (
        <strong style={{ marginInlineStart: '0.5rem', color: left < 0 ? 'var(--theme-error-750)' : 'var(--theme-warning-750)' }}>
          {flag}
        </strong>
      ) : null}
    </span>
  )
}
