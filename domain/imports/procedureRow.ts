import { isProcedureCode } from '../procedures/code'
import { onlineLevelNeedsOnlineChannel } from '../procedures/onlineService'
import { type Channel, type DossierCase, type Level, type OnlineLevel, type ProcedureType, type Step } from './cells'
import { items, lines, parseChannels, parseDossier, parseLevels, parseOnlineLevel, parseProcedureType, parseSteps } from './cells'
import { type ColumnSpec, type Row } from './columns'
import type { Problem } from './messages'

/** The columns of a procedure file, named as the national TTHC database (csdl.dichvucong.gov.vn) names them. */
export const PROCEDURE_COLUMNS = [
  { key: 'code', header: 'Mã thủ tục', aliases: ['Mã TTHC', 'Mã số', 'Code', 'Procedure code'], required: true },
  { key: 'decision', header: 'Số quyết định', aliases: ['Quyết định công bố', 'Số quyết định công bố'] },
  { key: 'name', header: 'Tên thủ tục', aliases: ['Tên TTHC', 'Name'], required: true, english: true },
  { key: 'levels', header: 'Cấp thực hiện', aliases: ['Levels'] },
  { key: 'type', header: 'Loại thủ tục' },
  { key: 'field', header: 'Lĩnh vực', aliases: ['Field'], english: true },
  { key: 'steps', header: 'Trình tự thực hiện', aliases: ['Steps'], english: true },
  { key: 'channels', header: 'Cách thức thực hiện', aliases: ['Channels'] },
  { key: 'dossier', header: 'Thành phần hồ sơ', aliases: ['Thành phần, số lượng hồ sơ', 'Hồ sơ'] },
  { key: 'applicants', header: 'Đối tượng thực hiện', aliases: ['Đối tượng'], english: true },
  { key: 'agency', header: 'Cơ quan thực hiện', aliases: ['Cơ quan giải quyết'] },
  { key: 'competentAuthority', header: 'Cơ quan có thẩm quyền', english: true },
  { key: 'receivingAddress', header: 'Địa chỉ tiếp nhận hồ sơ', aliases: ['Địa chỉ tiếp nhận'], english: true },
  { key: 'delegatedAgency', header: 'Cơ quan được ủy quyền', english: true },
  { key: 'coordinatingAgency', header: 'Cơ quan phối hợp', english: true },
  { key: 'result', header: 'Kết quả thực hiện', aliases: ['Kết quả'], english: true },
  { key: 'legalBasis', header: 'Căn cứ pháp lý' },
  { key: 'requirements', header: 'Yêu cầu, điều kiện thực hiện', aliases: ['Yêu cầu, điều kiện', 'Yêu cầu điều kiện'], english: true },
  { key: 'onlineLevel', header: 'Mức độ', aliases: ['Dịch vụ công trực tuyến', 'Mức độ DVC', 'Mức độ dịch vụ công'] },
  { key: 'keywords', header: 'Từ khóa', aliases: ['Từ khoá'] },
  { key: 'description', header: 'Mô tả', english: true },
] as const satisfies ColumnSpec<string>[]

export type ProcedureColumn = (typeof PROCEDURE_COLUMNS)[number]['key']
export const procedureColumnName = (key: ProcedureColumn) => PROCEDURE_COLUMNS.find((column) => column.key === key)!.header

/** What a procedure row says, before the library is asked (agency, legal documents). */
export type ProcedureRow = {
  row: number
  code: string
  /** Fields written as they are, in Vietnamese. */
  vi: {
    name: string
    field: string
    procedureType: ProcedureType
    levels: Level[]
    applicants: string | null
    competentAuthority: string | null
    receivingAddress: string | null
    delegatedAgency: string | null
    coordinatingAgency: string | null
    steps: Step[]
    channels: Channel[]
    dossierCases: DossierCase[]
    requirements: string | null
    result: string | null
    onlineService: OnlineLevel
    description: string | null
    keywords: string[]
  }
  /** English fields given in the file (only those). */
  en: Partial<
    Pick<
      ProcedureRow['vi'],
      | 'name'
      | 'field'
      | 'applicants'
      | 'competentAuthority'
      | 'receivingAddress'
      | 'delegatedAgency'
      | 'coordinatingAgency'
      | 'steps'
      | 'requirements'
      | 'result'
      | 'description'
    >
  >
  agencyName: string | null
  decisionNumber: string | null
  legalBasisLines: string[]
}

export type RowOutcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

const text = (cell: string | undefined) => cell?.trim() || null

/** Reads one row of a procedure file; every problem of the row is reported, not only the first. */
export function readProcedureRow(row: Row<ProcedureColumn>, columnName: (key: string) => string): RowOutcome<ProcedureRow> {
  const { vi, en } = row
  const problems: Problem[] = []
  const refuse = (key: ProcedureColumn, reason: { vi: string; en: string }) => problems.push({ column: columnName(key), message: reason })
  const code = vi.code?.trim() ?? ''
  if (!code) refuse('code', { vi: 'thiếu mã thủ tục', en: 'the procedure code is missing' })
  else if (!isProcedureCode(code))
    refuse('code', { vi: `mã “${code}” không có dạng 1.001193`, en: `the code “${code}” does not look like 1.001193` })
  if (!vi.name) refuse('name', { vi: 'thiếu tên thủ tục', en: 'the procedure name is missing' })
  if (!vi.field) refuse('field', { vi: 'thiếu lĩnh vực', en: 'the field is missing' })
  if (!vi.agency) refuse('agency', { vi: 'thiếu cơ quan thực hiện', en: 'the implementing agency is missing' })
  const parsed = {
    levels: parseLevels(vi.levels),
    type: parseProcedureType(vi.type),
    channels: parseChannels(vi.channels),
    onlineLevel: parseOnlineLevel(vi.onlineLevel),
  }
  for (const [key, outcome] of Object.entries(parsed)) if (!outcome.ok) refuse(key as ProcedureColumn, outcome.reason)
  if (parsed.onlineLevel.ok && parsed.channels.ok) {
    const { level } = parsed.onlineLevel.value
    if (onlineLevelNeedsOnlineChannel(level, { data: { channels: parsed.channels.value } } as never) !== true) {
      refuse('onlineLevel', {
        vi: `mức độ “${vi.onlineLevel}” cần dòng “Trực tuyến” trong Cách thức thực hiện; nếu chỉ nộp trực tiếp hoặc qua bưu chính, ghi “Không”`,
        en: `the level “${vi.onlineLevel}” needs a “Trực tuyến” line under Cách thức thực hiện; if in person or postal only, write “Không”`,
      })
    }
  }
  if (problems.length > 0 || !parsed.levels.ok || !parsed.type.ok || !parsed.channels.ok || !parsed.onlineLevel.ok) {
    return { ok: false, problems }
  }
  const english = Object.fromEntries(
    Object.entries({
      name: text(en.name),
      field: text(en.field),
      applicants: text(en.applicants),
      competentAuthority: text(en.competentAuthority),
      receivingAddress: text(en.receivingAddress),
      delegatedAgency: text(en.delegatedAgency),
      coordinatingAgency: text(en.coordinatingAgency),
      steps: en.steps ? parseSteps(en.steps) : null,
      requirements: text(en.requirements),
      result: text(en.result),
      description: text(en.description),
    }).filter(([, value]) => value !== null),
  )
  return {
    ok: true,
    value: {
      row: row.number,
      code,
      vi: {
        name: vi.name!.trim(),
        field: vi.field!.trim(),
        procedureType: parsed.type.value,
        levels: parsed.levels.value,
        applicants: text(vi.applicants),
        competentAuthority: text(vi.competentAuthority),
        receivingAddress: text(vi.receivingAddress),
        delegatedAgency: text(vi.delegatedAgency),
        coordinatingAgency: text(vi.coordinatingAgency),
        steps: parseSteps(vi.steps),
        channels: parsed.channels.value,
        dossierCases: parseDossier(vi.dossier),
        requirements: text(vi.requirements),
        result: text(vi.result),
        onlineService: parsed.onlineLevel.value,
        description: text(vi.description),
        keywords: items(vi.keywords),
      },
      en: english,
      agencyName: text(vi.agency),
      decisionNumber: text(vi.decision),
      legalBasisLines: lines(vi.legalBasis),
    },
  }
}
