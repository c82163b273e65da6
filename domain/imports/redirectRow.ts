import { normaliseFrom, normaliseTo, targetKey } from '../redirects'
import type { ColumnSpec, Row } from './columns'
import type { Problem } from './messages'
import type { RowOutcome } from './procedureRow'

/** The columns of a redirects file: the old portal's address and this portal's path (or an https:// address). */
export const REDIRECT_COLUMNS = [
  { key: 'from', header: 'Đường dẫn cũ', aliases: ['Địa chỉ cũ', 'URL cũ', 'Old URL', 'Old address', 'From'], required: true },
  { key: 'to', header: 'Đường dẫn mới', aliases: ['Địa chỉ mới', 'URL mới', 'New path', 'New address', 'To'], required: true },
  { key: 'type', header: 'Kiểu chuyển hướng', aliases: ['Kiểu', 'Mã', 'Status', 'Type'] },
] as const satisfies ColumnSpec<string>[]

export type RedirectColumn = (typeof REDIRECT_COLUMNS)[number]['key']
export type RedirectRow = { row: number; from: string; to: string; type: '301' | '302' }

/** Reads one row of a redirects file: the old address as the proxy will match it, the target as given. */
export function readRedirectRow(row: Row<RedirectColumn>, columnName: (key: string) => string): RowOutcome<RedirectRow> {
  const problems: Problem[] = []
  const from = normaliseFrom(row.vi.from ?? '')
  if (!from.ok) problems.push({ column: columnName('from'), message: from.reason })
  const to = row.vi.to
    ? normaliseTo(row.vi.to)
    : ({ ok: false, reason: { vi: 'thiếu đường dẫn mới', en: 'the new address is missing' } } as const)
  if (!to.ok) problems.push({ column: columnName('to'), message: to.reason })
  const type = (row.vi.type?.trim() || '301') as '301' | '302'
  if (type !== '301' && type !== '302') {
    problems.push({
      column: columnName('type'),
      message: { vi: `kiểu “${type}” không hợp lệ (301 hoặc 302)`, en: `the type “${type}” is not 301 or 302` },
    })
  }
  // A loop through other rules is Payload's to find (collections/Redirects.ts); one to itself shows here already.
  if (from.ok && to.ok && targetKey(to.value) === from.value) {
    problems.push({ column: columnName('to'), message: { vi: 'đường dẫn mới trùng đường dẫn cũ', en: 'the new address is the old one' } })
  }
  if (!from.ok || !to.ok || problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { row: row.number, from: from.value, to: to.value, type } }
}
