import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { userHasRole } from '@/cms/access/roles'
import { AUDIT_ACTIONS } from '@/domain/auditActions'
import { jsonError } from '@/guards/requestChecks'
import { AUDIT_LOG_SLUG, recordAudit } from './record'

const PAGE = 500
const COLUMNS = [
  'thoi_gian',
  'hanh_dong',
  'tai_khoan',
  'ma_nguoi_dung',
  'doi_tuong',
  'ma_ban_ghi',
  'tieu_de',
  'chi_tiet',
  'dia_chi',
] as const

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is kept as text. */
const safe = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

const isDate = (value: string | null) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

/** The filters of an export, from the query string: from, to (YYYY-MM-DD, inclusive), action, account. */
export function exportWhere(params: URLSearchParams): { where: Where } | { error: string } {
  const and: Where[] = []
  const from = params.get('from')
  const to = params.get('to')
  if (from !== null && !isDate(from)) return { error: 'from must be a date YYYY-MM-DD' }
  if (to !== null && !isDate(to)) return { error: 'to must be a date YYYY-MM-DD' }
  if (from) and.push({ createdAt: { greater_than_equal: `${from}T00:00:00.000Z` } })
  if (to) and.push({ createdAt: { less_than: new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000).toISOString() } })
  const action = params.get('action')
  if (action !== null && !AUDIT_ACTIONS.some(([value]) => value === action))
    return { error: `action must be one of: ${AUDIT_ACTIONS.map(([value]) => value).join(', ')}` }
  if (action) and.push({ action: { equals: action } })
  const account = params.get('account')
  if (account) and.push({ account: { equals: account.toLowerCase().trim().slice(0, 200) } })
  return { where: { and } }
}

/**
 * GET /api/audit-log/export.csv?from=&to=&action=&account= — the audit trail as CSV (UTF-8 with a BOM,
 * for Excel), oldest first, for an inspection; administrators only. Read a page at a time, so its
 * memory does not grow with the trail. The export is itself recorded.
 */
export const auditExportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return jsonError(401, 'Sign in as an administrator.')
    if (!userHasRole(req.user as never, 'admin')) return jsonError(403, 'Administrators only.')
    const filters = exportWhere(new URL(req.url ?? '', 'http://localhost').searchParams)
    if ('error' in filters) return jsonError(400, filters.error)
    await recordAudit(req, {
      action: 'export',
      target: AUDIT_LOG_SLUG,
      detail: new URL(req.url ?? '', 'http://localhost').search.slice(0, 300) || null,
    })
    const { payload } = req
    let page = 1
    let done = false
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${stringify([COLUMNS as unknown as string[]])}`))
      },
      async pull(controller) {
        if (done) return controller.close()
        const result = await payload.find({
          collection: AUDIT_LOG_SLUG as 'users',
          where: filters.where,
          sort: 'createdAt',
          limit: PAGE,
          page,
          depth: 0,
          overrideAccess: true,
        })
        const rows = (result.docs as unknown as Record<string, unknown>[]).map((doc) =>
          [doc.createdAt, doc.action, doc.account, doc.user, doc.target, doc.documentId, doc.title, doc.detail, doc.address].map(safe),
        )
        if (rows.length) controller.enqueue(encoder.encode(stringify(rows)))
        page++
        done = !result.hasNextPage
        if (done) controller.close()
      },
    })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="nhat-ky-he-thong-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
