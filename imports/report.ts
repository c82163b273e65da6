import type { Message, Problem } from '@/domain/imports/messages'

export type ImportKind = 'procedures' | 'legal-documents' | 'redirects'
export const IMPORT_KINDS: ImportKind[] = ['procedures', 'legal-documents', 'redirects']

/** What happened to one row: what it would do in a dry run, what it did when applied. */
export type RowAction = 'create' | 'update' | 'publish' | 'unchanged' | 'reject'

export type RowReport = { row: number; key: string; title: string; action: RowAction; problems: Problem[]; warnings: Problem[] }

export type ImportReport = {
  kind: ImportKind
  dryRun: boolean
  publish: boolean
  encoding: string
  /** The file could not be read at all: no row was looked at. */
  fileError: Message | null
  unknownColumns: string[]
  total: number
  counts: Record<RowAction, number>
  rows: RowReport[]
  durationMs: number
  /**
   * Whether the portal's own rules (Payload's validation and hooks: required fields, a number already
   * used, links to other documents) judged each row: always when applying; in a check only when its
   * writes could be rolled back (the CLI, MongoDB replica sets). The admin's check inside the server
   * only compares each row with what is saved, so a row may still be refused at Apply (absent in
   * reports saved before this was recorded).
   */
  validated?: boolean
}

export const emptyCounts = (): Record<RowAction, number> => ({ create: 0, update: 0, publish: 0, unchanged: 0, reject: 0 })
