import type { PayloadRequest } from 'payload'

import type { DossierCase } from '@/domain/imports/cells'
import { PROCEDURE_COLUMNS, type ProcedureColumn, type ProcedureRow, readProcedureRow } from '@/domain/imports/procedureRow'
import { problem } from '@/domain/imports/messages'
import { slugify } from '@/domain/slugify'
import type { Procedure } from '@/payload-types'
import type { ImportKindSpec, Written } from './kind'
import { writeBilingual } from './bilingual'

type SavedCase = NonNullable<Procedure['dossierCases']>[number]

/** Forms an editor attached in the admin stay with their document when the file lists it again. */
function keepForms(cases: DossierCase[], saved: SavedCase[] | null | undefined) {
  return cases.map((entry) => {
    const savedCase = saved?.find((candidate) => (candidate.name ?? null) === entry.name)
    return {
      name: entry.name,
      components: entry.components.map((component) => {
        const form = savedCase?.components?.find((candidate) => candidate.name === component.name)?.form
        return form ? { ...component, form: typeof form === 'object' ? form.id : form } : component
      }),
    }
  })
}

/** The slug of a new procedure: from its name, with its code when another procedure has that name. */
async function freeSlug(row: ProcedureRow, req: PayloadRequest) {
  const slug = slugify(row.vi.name)
  const taken = await req.payload.count({ collection: 'procedures', where: { slug: { equals: slug } }, req })
  return taken.totalDocs > 0 ? slugify(`${row.vi.name} ${row.code}`) : slug
}

async function writeProcedure(row: ProcedureRow, context: Parameters<ImportKindSpec<ProcedureRow>['write']>[1]): Promise<Written> {
  const { req, library, columnName } = context
  const agency = row.agencyName ? library.agency(row.agencyName) : null
  if (!agency) {
    return {
      problems: [
        problem(
          columnName('agency'),
          `chưa có cơ quan “${row.agencyName}” trong danh mục Cơ quan, đơn vị: thêm cơ quan (hoặc tên viết tắt) rồi nhập lại`,
          `no agency “${row.agencyName}” in Agencies: add it (or its short name) and import again`,
        ),
      ],
    }
  }
  const warnings = []
  const linked: string[] = []
  const other: string[] = []
  for (const line of row.legalBasisLines) {
    const id = library.document(line)
    if (id && !linked.includes(id)) linked.push(id)
    else if (!id) other.push(line)
  }
  const decision = row.decisionNumber ? library.document(row.decisionNumber) : null
  if (row.decisionNumber && !decision) {
    warnings.push(
      problem(
        columnName('decision'),
        `quyết định “${row.decisionNumber}” chưa có trong thư viện văn bản: để trống, nhập văn bản rồi nhập lại tệp để liên kết`,
        `the decision “${row.decisionNumber}” is not in the library: left empty; import the document, then this file again, to link it`,
      ),
    )
  }
  const { docs } = await req.payload.find({
    collection: 'procedures',
    where: { code: { equals: row.code } },
    draft: true,
    locale: 'vi',
    depth: 0,
    limit: 1,
    req,
  })
  const saved = docs[0]
  const vi = {
    ...row.vi,
    code: row.code,
    implementingAgency: agency,
    legalBasisDocuments: linked,
    legalBasis: other.join('\n') || null,
    ...(decision ? { announcementDecision: decision } : {}),
    onlineService: { ...saved?.onlineService, ...row.vi.onlineService },
    dossierCases: keepForms(row.vi.dossierCases, saved?.dossierCases),
  }
  const action = await writeBilingual(
    'procedures',
    { saved: saved as never, vi, en: row.en, onCreate: async () => ({ slug: await freeSlug(row, req) }) },
    context,
  )
  return { action, warnings }
}

/** Where Payload's validation paths point in the file. */
const PATH_COLUMNS: Record<string, ProcedureColumn> = {
  implementingAgency: 'agency',
  onlineService: 'onlineLevel',
  dossierCases: 'dossier',
  legalBasisDocuments: 'legalBasis',
  announcementDecision: 'decision',
  procedureType: 'type',
  slug: 'name',
}

export const procedureImport: ImportKindSpec<ProcedureRow> = {
  columns: PROCEDURE_COLUMNS,
  titleColumn: 'name',
  read: readProcedureRow as ImportKindSpec<ProcedureRow>['read'],
  identity: (row) => row.code,
  describe: (row) => ({ key: row.code, title: row.vi.name }),
  write: writeProcedure,
  columnOfPath: (path) => {
    const top = path.split('.')[0]
    return PATH_COLUMNS[top] ?? (PROCEDURE_COLUMNS.some((column) => column.key === top) ? top : 'code')
  },
}
