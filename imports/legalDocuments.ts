import { LEGAL_DOCUMENT_COLUMNS, type LegalDocumentRow, readLegalDocumentRow } from '@/domain/imports/legalDocumentRow'
import { problem } from '@/domain/imports/messages'
import { holdsAlready } from '@/domain/imports/sameData'
import type { LegalDocument } from '@/payload-types'
import type { ImportKindSpec, Written } from './kind'
import { undoVietnameseWrite } from './undo'

const sameDay = (a: string, b: string) => new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10)

async function writeLegalDocument(
  row: LegalDocumentRow,
  { req, library, publish, columnName, write, atomic }: Parameters<ImportKindSpec<LegalDocumentRow>['write']>[1],
): Promise<Written> {
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
  const english = Object.keys(row.en).length > 0
  const savedEn =
    saved && english
      ? await req.payload.findByID({
          collection: 'legal-documents',
          id: saved.id,
          draft: true,
          locale: 'en',
          fallbackLocale: false,
          depth: 0,
          req,
        })
      : null
  const { status, ...fields } = row.vi
  const vi = {
    ...fields,
    documentType: fields.documentType as LegalDocument['documentType'],
    issuer,
    ...(status ? { status, statusSetByEditor: true } : { statusSetByEditor: false }),
  }
  const same = Boolean(saved) && holdsAlready(vi, saved) && (!english || holdsAlready(row.en, savedEn))
  if (same && (!publish || saved?._status === 'published')) return { action: 'unchanged' }
  if (!write) return { action: !saved ? 'create' : same ? 'publish' : 'update' }
  const _status = publish ? ('published' as const) : ('draft' as const)
  const common = { collection: 'legal-documents' as const, draft: !publish, depth: 0, req, overrideAccess: !req.user, user: req.user }
  const doc = saved
    ? await req.payload.update({ ...common, id: saved.id, locale: 'vi', data: { ...vi, _status } })
    : await req.payload.create({ ...common, locale: 'vi', data: { ...vi, _status } })
  if (english) {
    try {
      await req.payload.update({ ...common, id: doc.id, locale: 'en', data: { ...row.en, _status } })
    } catch (error) {
      // Without a transaction, the row's Vietnamese write does not outlive it.
      if (!atomic) await undoVietnameseWrite(req, 'legal-documents', saved as never, doc.id, Object.keys(vi)).catch(() => undefined)
      throw error
    }
  }
  return { action: !saved ? 'create' : same ? 'publish' : 'update' }
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
