import { LEGAL_DOCUMENT_COLUMNS, type LegalDocumentRow, readLegalDocumentRow } from '@/domain/imports/legalDocumentRow'
import { problem } from '@/domain/imports/messages'
import type { LegalDocument } from '@/payload-types'
import type { ImportKindSpec, Written } from './kind'
import { writeBilingual } from './bilingual'

const sameDay = (a: string, b: string) => new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10)

async function writeLegalDocument(
  row: LegalDocumentRow,
  context: Parameters<ImportKindSpec<LegalDocumentRow>['write']>[1],
): Promise<Written> {
  const { req, library, columnName } = context
  const issuer = library.agency(row.issuerName)
  if (!issuer) {
    return {
      problems: [
        problem(
          columnName('issuer'),
          `chưa có cơ quan “${row.issuerName}” trong danh mục Cơ quan, đơn vị: thêm cơ quan (hoặc tên viết tắt) rồi nhập lại`,
          `no agency “${row.issuerName}” in Agencies: add it (or its short name) and import again`,
        ),
      ],
    }
  }
  // A document is number + issuer + issue date (numbers without a year repeat every year).
  const { docs } = await req.payload.find({
    collection: 'legal-documents',
    where: { and: [{ number: { equals: row.vi.number } }, { issuer: { equals: issuer } }] },
    draft: true,
    locale: 'vi',
    depth: 0,
    pagination: false,
    req,
  })
  const saved = docs.find((doc) => doc.issuedAt && sameDay(doc.issuedAt, row.vi.issuedAt))
  const { status, ...fields } = row.vi
  const vi = {
    ...fields,
    documentType: fields.documentType as LegalDocument['documentType'],
    issuer,
    ...(status ? { status, statusSetByEditor: true } : { statusSetByEditor: false }),
  }
  return { action: await writeBilingual('legal-documents', { saved: saved as never, vi, en: row.en }, context) }
}

const PATH_COLUMNS: Record<string, string> = {
  documentType: 'type',
  statusSetByEditor: 'status',
  slug: 'number',
  numberConfirmed: 'number',
}

export const legalDocumentImport: ImportKindSpec<LegalDocumentRow> = {
  columns: LEGAL_DOCUMENT_COLUMNS,
  titleColumn: 'title',
  read: readLegalDocumentRow as ImportKindSpec<LegalDocumentRow>['read'],
  identity: (row) => `${row.vi.number}|${row.issuerName}|${row.vi.issuedAt.slice(0, 10)}`,
  describe: (row) => ({ key: row.vi.number, title: row.vi.title }),
  write: writeLegalDocument,
  columnOfPath: (path) => {
    const top = path.split('.')[0]
    return PATH_COLUMNS[top] ?? (LEGAL_DOCUMENT_COLUMNS.some((column) => column.key === top) ? top : 'number')
  },
}
