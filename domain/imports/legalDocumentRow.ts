import { isHttpsUrl } from '../httpsUrl'
import { numberProblems } from '../legalDocuments/numbers'
import { DOCUMENT_TYPES, EFFECT_STATUSES, type EffectStatus } from '../legalDocuments/vocabulary'
import { items, parseDate } from './cells'
import { type ColumnSpec, foldHeader, type Row } from './columns'
import type { Problem } from './messages'
import type { RowOutcome } from './procedureRow'

/** The columns of a legal-document file, named as the national legal-documents database (vbpl.vn) names them. */
export const LEGAL_DOCUMENT_COLUMNS = [
  { key: 'number', header: 'Số ký hiệu', aliases: ['Số hiệu', 'Số văn bản', 'Number'], required: true },
  { key: 'type', header: 'Loại văn bản', aliases: ['Type'] },
  { key: 'issuer', header: 'Cơ quan ban hành', aliases: ['Issuer'] },
  { key: 'issuedAt', header: 'Ngày ban hành', aliases: ['Issued on'] },
  { key: 'title', header: 'Trích yếu', aliases: ['Trích yếu nội dung', 'Tên văn bản', 'Title'], required: true, english: true },
  { key: 'effectiveFrom', header: 'Ngày có hiệu lực', aliases: ['Hiệu lực từ'] },
  { key: 'effectiveUntil', header: 'Ngày hết hiệu lực', aliases: ['Hiệu lực đến'] },
  { key: 'status', header: 'Tình trạng hiệu lực', aliases: ['Tình trạng', 'Hiệu lực'] },
  { key: 'signer', header: 'Người ký' },
  { key: 'signerTitle', header: 'Chức danh', aliases: ['Chức vụ'] },
  { key: 'topics', header: 'Ngành, lĩnh vực', aliases: ['Lĩnh vực'] },
  { key: 'summary', header: 'Tóm tắt', english: true },
  { key: 'officialUrl', header: 'Đường dẫn văn bản gốc', aliases: ['Liên kết văn bản', 'Văn bản gốc', 'Link', 'URL'] },
] as const satisfies ColumnSpec<string>[]

export type LegalDocumentColumn = (typeof LEGAL_DOCUMENT_COLUMNS)[number]['key']

export type LegalDocumentRow = {
  row: number
  vi: {
    number: string
    documentType: string
    issuedAt: string
    title: string
    effectiveFrom: string | null
    effectiveUntil: string | null
    /** Null: derived from the dates, as in the admin. */
    status: EffectStatus | null
    signer: string | null
    signerTitle: string | null
    topics: string[]
    summary: string | null
    officialUrl: string | null
  }
  en: { title?: string; summary?: string }
  issuerName: string
}

const bare = (label: string) => foldHeader(label.replace(/\(.*\)/, ''))
const TYPE_BY_NAME = new Map(
  DOCUMENT_TYPES.flatMap((type) => {
    const code = /\(([^)]+)\)/.exec(type.label.vi)?.[1]
    return [[bare(type.label.vi), type.value], ...(code ? [[foldHeader(code), type.value]] : [])] as [string, string][]
  }),
)
const STATUS_BY_NAME = new Map(EFFECT_STATUSES.map((status) => [foldHeader(status.label.vi), status.value as EffectStatus]))

/** The type named by the cell, or, when it is empty, by the type code in the number (QĐ in 15/2024/QĐ-UBND). */
function documentType(cell: string | undefined, number: string) {
  if (cell) return TYPE_BY_NAME.get(bare(cell)) ?? null
  const code = /\/(?:\d{4}\/)?([\p{L}]+)-/u.exec(number)?.[1] ?? /^\d+-([\p{L}]+)\//u.exec(number)?.[1]
  return code ? (TYPE_BY_NAME.get(foldHeader(code)) ?? null) : null
}

/** Reads one row of a legal-document file; every problem of the row is reported. */
export function readLegalDocumentRow(row: Row<LegalDocumentColumn>, columnName: (key: string) => string): RowOutcome<LegalDocumentRow> {
  const { vi, en } = row
  const problems: Problem[] = []
  const refuse = (key: LegalDocumentColumn, message: { vi: string; en: string }) => problems.push({ column: columnName(key), message })
  const number = vi.number?.trim() ?? ''
  if (!number) refuse('number', { vi: 'thiếu số ký hiệu', en: 'the number is missing' })
  const numbering = number ? numberProblems(number) : []
  if (numbering.length > 0) {
    refuse('number', {
      vi: `số ký hiệu “${number}” ${numbering.join('; ')}; nếu đúng như bản gốc, nhập văn bản này trong trang quản trị và đánh dấu “Xác nhận số ký hiệu”`,
      en: `the number “${number}” breaks the numbering rules; if it is as on the original, enter this document in the admin and tick “Number confirmed”`,
    })
  }
  if (!vi.title) refuse('title', { vi: 'thiếu trích yếu', en: 'the title is missing' })
  if (!vi.issuer) refuse('issuer', { vi: 'thiếu cơ quan ban hành', en: 'the issuer is missing' })
  const type = documentType(vi.type, number)
  if (!type) {
    refuse('type', {
      vi: vi.type ? `không rõ loại văn bản “${vi.type}”` : 'thiếu loại văn bản (số ký hiệu không cho biết loại)',
      en: vi.type ? `unknown document type “${vi.type}”` : 'the type is missing (the number does not tell it)',
    })
  }
  const dates = {
    issuedAt: parseDate(vi.issuedAt),
    effectiveFrom: parseDate(vi.effectiveFrom),
    effectiveUntil: parseDate(vi.effectiveUntil),
  }
  for (const [key, outcome] of Object.entries(dates)) if (!outcome.ok) refuse(key as LegalDocumentColumn, outcome.reason)
  if (dates.issuedAt.ok && !dates.issuedAt.value) refuse('issuedAt', { vi: 'thiếu ngày ban hành', en: 'the issue date is missing' })
  const status = vi.status ? (STATUS_BY_NAME.get(foldHeader(vi.status)) ?? null) : null
  if (vi.status && !status) {
    refuse('status', {
      vi: `không rõ tình trạng “${vi.status}” (${EFFECT_STATUSES.map((option) => option.label.vi).join(', ')})`,
      en: `unknown legal effect “${vi.status}”`,
    })
  }
  const officialUrl = vi.officialUrl?.trim() || null
  if (officialUrl && !isHttpsUrl(officialUrl)) {
    refuse('officialUrl', { vi: `“${officialUrl}” không phải địa chỉ https://`, en: `“${officialUrl}” is not an https:// address` })
  }
  if (problems.length > 0 || !dates.issuedAt.ok || !dates.effectiveFrom.ok || !dates.effectiveUntil.ok) return { ok: false, problems }
  return {
    ok: true,
    value: {
      row: row.number,
      vi: {
        number,
        documentType: type!,
        issuedAt: dates.issuedAt.value!,
        title: vi.title!.trim(),
        effectiveFrom: dates.effectiveFrom.value,
        effectiveUntil: dates.effectiveUntil.value,
        status,
        signer: vi.signer?.trim() || null,
        signerTitle: vi.signerTitle?.trim() || null,
        topics: items(vi.topics),
        summary: vi.summary?.trim() || null,
        officialUrl,
      },
      en: Object.fromEntries(Object.entries({ title: en.title?.trim(), summary: en.summary?.trim() }).filter(([, value]) => value)),
      issuerName: vi.issuer!.trim(),
    },
  }
}
