import { createLocalReq, type Payload, ValidationError } from 'payload'

import { flushRevalidation } from '@/cms/revalidation'
import { releaseStatements } from '@/cms/releaseStatements'
import { columnId, ImportFileError, matchColumns, toRows } from '@/domain/imports/columns'
import { type Problem, problem } from '@/domain/imports/messages'
import type { User } from '@/payload-types'
import type { ImportKindSpec, Written } from './kind'
import { legalDocumentImport } from './legalDocuments'
import { Library } from './library'
import { RowTransactions } from './transactions'
import { procedureImport } from './procedures'
import { readTable } from './readTable'
import { emptyCounts, type ImportKind, type ImportReport, type RowReport } from './report'
import { redirectImport } from './redirects'

const erase = <R>(spec: ImportKindSpec<R>) => spec as unknown as ImportKindSpec<unknown>
const KINDS: Record<ImportKind, ImportKindSpec<unknown>> = {
  procedures: erase(procedureImport),
  'legal-documents': erase(legalDocumentImport),
  redirects: erase(redirectImport),
}

export type ImportOptions = {
  dryRun: boolean
  publish: boolean
  /** The editor importing: their access applies and they are recorded as the author. None: the operator's CLI. */
  user?: User | null
  onProgress?: (done: number, total: number) => void | Promise<void>
  /** Passed to every hook (tests: `disableRevalidate`). */
  context?: Record<string, unknown>
  /** SQLite: rows in batches of one transaction (the CLI); false inside the server (imports/transactions.ts). */
  sqliteBatches?: boolean
}

/**
 * Writes one row whole or not at all (imports/transactions.ts). A dry run does the same writes, so the
 * portal's own rules and hooks judge the row, and rolls them back, expiring no page; on a database
 * without transactions it only reads (what would be written is compared, not written).
 */
async function writeRow<R>(
  payload: Payload,
  spec: ImportKindSpec<R>,
  row: R,
  options: ImportOptions,
  context: { library: Library; transactions: RowTransactions; columnName: (key: string) => string },
): Promise<Written> {
  const { library, transactions, columnName } = context
  const req = await createLocalReq(
    {
      user: options.user ?? undefined,
      context: { ...options.context, disableRevalidate: options.dryRun || options.context?.disableRevalidate, importing: true },
    },
    payload,
  )
  const write = !options.dryRun || transactions.canUndo
  try {
    return await transactions.row(
      req,
      () => spec.write(row, { req, library, publish: options.publish, columnName, write, atomic: transactions.canUndo }),
      (written) => !written.problems?.length,
    )
  } catch (error) {
    if (error instanceof ValidationError) {
      return { problems: error.data.errors.map((item) => problem(columnName(spec.columnOfPath(item.path)), item.message, item.message)) }
    }
    throw error
  }
}

const fileFailure = (kind: ImportKind, options: ImportOptions, started: number, detail: ImportReport['fileError']): ImportReport => ({
  kind,
  dryRun: options.dryRun,
  publish: options.publish,
  encoding: '',
  fileError: detail,
  unknownColumns: [],
  total: 0,
  counts: emptyCounts(),
  rows: [],
  durationMs: Date.now() - started,
  validated: false,
})

/**
 * Imports a file of procedures, legal documents or redirects: reads it, checks every row, and writes
 * each accepted row whole (created or updated by its identity; unchanged rows are not written again).
 * Returns the row-by-row report; nothing is thrown for bad input, only for a failing database.
 */
export async function runImport(payload: Payload, kind: ImportKind, bytes: Buffer, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now()
  const spec = KINDS[kind]
  let table
  try {
    table = await readTable(bytes)
  } catch (error) {
    if (error instanceof ImportFileError) return fileFailure(kind, options, started, error.detail)
    throw error
  }
  const match = matchColumns(table.headers, [...spec.columns])
  if (match.missing.length > 0) {
    return fileFailure(kind, options, started, {
      vi: `Tệp thiếu cột ${match.missing.map((name) => `“${name}”`).join(', ')} (dòng 1 là tên cột).`,
      en: `The file lacks the column(s) ${match.missing.map((name) => `“${name}”`).join(', ')} (row 1 names the columns).`,
    })
  }
  const header = (key: string) => spec.columns.find((column) => column.key === key.replace(/:en$/, ''))?.header ?? key
  const columnName = (key: string) => match.names.get(key) ?? match.names.get(columnId(key, false)) ?? header(key)
  const rows = toRows(table.rows, match)
  const library = await Library.load(payload)
  const report: ImportReport = {
    ...fileFailure(kind, options, started, null),
    encoding: table.encoding,
    unknownColumns: match.unknown,
    total: rows.length,
  }
  const seen = new Map<string, number>()
  const transactions = await RowTransactions.start(payload, options.dryRun, options.sqliteBatches ?? true)
  // A check that cannot roll writes back compares instead: the portal's rules judge the rows at Apply.
  report.validated = !options.dryRun || transactions.canUndo
  try {
    await importRows()
  } finally {
    await transactions.finish()
  }
  // After the last commit: the pages of the last rows are expired now, even if the process exits next.
  if (!options.dryRun) await flushRevalidation()
  report.durationMs = Date.now() - started
  return report

  async function importRows() {
    for (const [index, raw] of rows.entries()) {
      const outcome = spec.read(raw, columnName)
      let entry: RowReport
      if (!outcome.ok) {
        const cell = (key: string) => String((raw.vi as Record<string, string | undefined>)[key] ?? '')
        entry = {
          row: raw.number,
          key: cell(spec.columns[0].key),
          title: cell(spec.titleColumn),
          action: 'reject',
          problems: outcome.problems,
          warnings: [],
        }
      } else {
        const { key, title } = spec.describe(outcome.value)
        const identity = spec.identity(outcome.value)
        const earlier = seen.get(identity)
        let written: Written
        if (earlier !== undefined) {
          written = { problems: [problem(columnName(spec.columns[0].key), `trùng với dòng ${earlier}`, `the same as row ${earlier}`)] }
        } else {
          seen.set(identity, raw.number)
          written = await writeRow(payload, spec, outcome.value, options, { library, transactions, columnName })
        }
        const problems: Problem[] = written.problems ?? []
        entry = {
          row: raw.number,
          key,
          title,
          action: problems.length ? 'reject' : written.action!,
          problems,
          warnings: written.warnings ?? [],
        }
      }
      report.rows.push(entry)
      report.counts[entry.action]++
      await options.onProgress?.(index + 1, rows.length)
      await releaseStatements()
    }
  }
}
