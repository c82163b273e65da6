'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ImportReport as Report, RowAction, RowReport } from '../report'

type State = {
  status?: string | null
  progress?: { done?: number | null; total?: number | null } | null
  report?: Report | null
  failure?: string | null
}

const RUNNING = new Set(['queued', 'checking', 'applying'])

const WORDS = {
  vi: {
    waiting: 'Đang chờ xử lý…',
    checking: 'Đang kiểm tra',
    applying: 'Đang ghi',
    rows: 'dòng',
    dryRun: 'Kết quả kiểm tra (chưa ghi gì vào cổng)',
    compared:
      'Bước kiểm tra này đọc từng dòng theo quy định của tệp và so sánh với dữ liệu đã lưu, chưa chạy các quy tắc kiểm tra khi lưu của cổng (trường bắt buộc, số ký hiệu đã có, liên kết tới văn bản khác…). Khi bấm Áp dụng, một dòng vẫn có thể bị từ chối; báo cáo khi đó sẽ nêu dòng, cột và lý do, và các dòng khác vẫn được ghi.',
    applied: 'Kết quả ghi',
    apply: 'Áp dụng: ghi các dòng hợp lệ',
    applyPublish: 'Áp dụng và xuất bản các dòng hợp lệ',
    nothing: 'Không có dòng nào cần ghi.',
    showAll: 'Hiện cả các dòng không có lỗi',
    row: 'Dòng',
    key: 'Mã / số',
    title: 'Tên',
    result: 'Kết quả',
    column: 'Cột',
    unknown: 'Cột không dùng (bỏ qua)',
    encoding: 'Bảng mã',
    file: 'Không đọc được tệp',
    failed: 'Lỗi hệ thống, chưa ghi xong; chạy lại sẽ bỏ qua các dòng đã ghi:',
    duration: (ms: number) => `Thời gian xử lý: ${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây.`,
    actions: { create: 'Tạo mới', update: 'Cập nhật', publish: 'Xuất bản', unchanged: 'Không đổi', reject: 'Bị từ chối' },
    dryActions: { create: 'Sẽ tạo mới', update: 'Sẽ cập nhật', publish: 'Sẽ xuất bản', unchanged: 'Không đổi', reject: 'Bị từ chối' },
  },
  en: {
    waiting: 'Waiting to start…',
    checking: 'Checking',
    applying: 'Applying',
    rows: 'rows',
    dryRun: 'Check result (nothing written yet)',
    compared:
      'This check reads each row by the file’s rules and compares it with what is saved; the portal’s own checks on saving (required fields, a number already used, links to other documents…) have not run yet. A row may still be refused when you press Apply; the report will then give its row, column and reason, and the other rows are still written.',
    applied: 'Result',
    apply: 'Apply: write the valid rows',
    applyPublish: 'Apply and publish the valid rows',
    nothing: 'No row to write.',
    showAll: 'Show the rows without problems too',
    row: 'Row',
    key: 'Code / number',
    title: 'Name',
    result: 'Result',
    column: 'Column',
    unknown: 'Columns not used (ignored)',
    encoding: 'Encoding',
    file: 'The file cannot be read',
    failed: 'System error, not finished; running again skips the rows already written:',
    duration: (ms: number) => `Took ${(ms / 1000).toFixed(1)} s.`,
    actions: { create: 'Created', update: 'Updated', publish: 'Published', unchanged: 'Unchanged', reject: 'Rejected' },
    dryActions: { create: 'Will create', update: 'Will update', publish: 'Will publish', unchanged: 'Unchanged', reject: 'Rejected' },
  },
}

const ORDER: RowAction[] = ['create', 'update', 'publish', 'unchanged', 'reject']

function Problems({ row, lang }: { row: RowReport; lang: 'vi' | 'en' }) {
  const all = [...row.problems.map((item) => ({ ...item, warning: false })), ...row.warnings.map((item) => ({ ...item, warning: true }))]
  if (all.length === 0) return null
  return (
    <ul style={{ margin: 0, paddingLeft: '1rem' }}>
      {all.map((item, index) => (
        <li key={index} style={{ color: item.warning ? 'var(--theme-warning-750)' : 'var(--theme-error-750)' }}>
          <strong>{item.column}</strong>: {item.message[lang]}
        </li>
      ))}
    </ul>
  )
}

/** The import's progress while it runs, then its row-by-row report and the Apply button. */
export function ImportReport() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const words = WORDS[lang]
  const [state, setState] = useState<State>({})
  const [showAll, setShowAll] = useState(false)

  // Polls while the import runs; `round` restarts it after Apply.
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!id) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      const response = await fetch(`/api/imports/${id}?depth=0`, { credentials: 'include' })
      if (stopped || !response.ok) return
      const next = (await response.json()) as State
      setState(next)
      if (next.status && RUNNING.has(next.status)) timer = setTimeout(() => void poll(), 1000)
    }
    void poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [id, round])

  if (!id) return null
  const { status, progress, report } = state
  if (status && RUNNING.has(status)) {
    const total = progress?.total ?? 0
    const done = progress?.done ?? 0
    return (
      <div role="status" style={{ marginBlock: '1rem' }}>
        <p>
          {status === 'queued'
            ? words.waiting
            : `${status === 'applying' ? words.applying : words.checking}: ${done}/${total || '…'} ${words.rows}`}
        </p>
        <progress max={total || 1} value={done} style={{ width: '100%' }} />
      </div>
    )
  }
  if (status === 'failed')
    return (
      <p role="alert">
        {words.failed} {state.failure}
      </p>
    )
  if (!report) return null
  if (report.fileError) {
    return (
      <p role="alert">
        <strong>{words.file}</strong>: {report.fileError[lang]}
      </p>
    )
  }
  const writable = report.counts.create + report.counts.update + report.counts.publish
  const actions = report.dryRun ? words.dryActions : words.actions
  const rows = showAll ? report.rows : report.rows.filter((row) => row.action === 'reject' || row.warnings.length > 0)
  const apply = async () => {
    const response = await fetch(`/api/imports/${id}/apply`, { method: 'POST', credentials: 'include' })
    if (response.ok) setRound((value) => value + 1)
  }
  return (
    <section aria-label={report.dryRun ? words.dryRun : words.applied} style={{ marginBlock: '1rem' }}>
      <h3>{report.dryRun ? words.dryRun : words.applied}</h3>
      <p role="status">{words.duration(report.durationMs)}</p>
      {report.dryRun && report.validated !== true && <p>{words.compared}</p>}
      <p>
        {report.total} {words.rows}:{' '}
        {ORDER.filter((action) => report.counts[action] > 0)
          .map((action) => `${actions[action]} ${report.counts[action]}`)
          .join(' · ')}
        . {words.encoding}: {report.encoding}.
      </p>
      {report.unknownColumns.length > 0 && (
        <p>
          {words.unknown}: {report.unknownColumns.join(', ')}
        </p>
      )}
      {report.dryRun &&
        status === 'checked' &&
        (writable > 0 ? (
          <Button onClick={() => void apply()}>{report.publish ? words.applyPublish : words.apply}</Button>
        ) : (
          <p>{words.nothing}</p>
        ))}
      <label style={{ display: 'block', marginBlock: '0.5rem' }}>
        <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} /> {words.showAll}
      </label>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col">{words.row}</th>
            <th scope="col">{words.key}</th>
            <th scope="col">{words.title}</th>
            <th scope="col">{words.result}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
              <td>{row.row}</td>
              <td>{row.key}</td>
              <td>{row.title}</td>
              <td>
                {actions[row.action]}
                <Problems row={row} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
