import type { PayloadRequest } from 'payload'

import type { ColumnSpec, Row } from '@/domain/imports/columns'
import type { Problem } from '@/domain/imports/messages'
import type { RowOutcome } from '@/domain/imports/procedureRow'
import type { Library } from './library'
import type { RowAction } from './report'

/** What writing one accepted row did; `problems` when the portal's data refuses it (an unknown agency). */
export type Written = { action?: Exclude<RowAction, 'reject'>; warnings?: Problem[]; problems?: Problem[] }

export type WriteContext = {
  /** Carries the row's transaction (and the importing user, whose access applies). */
  req: PayloadRequest
  library: Library
  publish: boolean
  /** False in a dry run without a transaction: compare, never write. */
  write: boolean
  /** False without a transaction: a document the row created is deleted again if the row then fails. */
  atomic: boolean
  columnName: (key: string) => string
}

/** One kind of import file: its columns, how a row is read, and how it is written through the Local API. */
export type ImportKindSpec<R> = {
  columns: readonly ColumnSpec<string>[]
  /** The column that names a row in the report when it cannot be read. */
  titleColumn: string
  read: (row: Row<string>, columnName: (key: string) => string) => RowOutcome<R>
  /** Two rows with the same identity in one file are ambiguous: the later one is refused. */
  identity: (row: R) => string
  describe: (row: R) => { key: string; title: string }
  write: (row: R, context: WriteContext) => Promise<Written>
  /** The column a Payload validation error's field path belongs to. */
  columnOfPath: (path: string) => string
}
