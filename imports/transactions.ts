import { beginTransaction } from '@payloadcms/drizzle'
import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-sqlite'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/cms/db'

/** A batch of rows shares one SQLite transaction for at most this long, or this many rows: other writers wait no longer. */
const BATCH_MS = 1000
const BATCH_ROWS = 50
/** The pause between batches in which other writers get the lock. */
const YIELD_MS = 100

type Batch = { id: string | number; rows: number; since: number }
type Adapter = { rollbackTransaction: (id: string | number | Promise<string | number>) => Promise<void>; __importBatches?: Set<string> }

/**
 * A Payload operation that fails rolls back the transaction on its request even when it did not begin
 * it (the whole batch, with the rows before it). For a batch this import holds, that rollback is left to
 * the import, which undoes only the failed row (its savepoint); every other transaction is untouched.
 */
function guardBatches(payload: Payload): Set<string> {
  const adapter = payload.db as unknown as Adapter
  if (!adapter.__importBatches) {
    const batches = new Set<string>()
    const rollback = adapter.rollbackTransaction.bind(adapter)
    adapter.rollbackTransaction = async (id) => {
      if (batches.has(String(await id))) return
      return rollback(id)
    }
    adapter.__importBatches = batches
  }
  return adapter.__importBatches
}
type SqliteSession = { db: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> } }

/**
 * Each import row is written whole or not at all.
 *
 * - MongoDB (a replica set): a transaction of its own per row, Payload's.
 * - SQLite, from the command line (`sqliteBatches`): Payload leaves transactions off there, and libsql
 *   opens a connection for each transaction that it never closes (about 0.5 MB each). So rows are
 *   written in short batches (1 s or 50 rows) of one IMMEDIATE transaction each, every row in a
 *   SAVEPOINT of its own that is rolled back if the row fails: one connection per batch, and the write
 *   lock held about a second at a time, which the running server (another process) waits out.
 * - SQLite inside the server (the admin's import): no transaction. libsql is synchronous, so another
 *   request of the same process writing while a batch held the lock would block the whole server until
 *   SQLite gave up; rows are written as they go instead, a row created and then refused is deleted
 *   (`atomic` false tells the writers), and the check (dry run) compares without writing.
 * - A database without transactions (MongoDB standalone): the same as inside the server.
 *
 * A dry run rolls every batch (or row transaction) back.
 */
export class RowTransactions {
  private batch: Batch | null = null

  private constructor(
    private readonly payload: Payload,
    private readonly dryRun: boolean,
    readonly canUndo: boolean,
  ) {}

  static async start(payload: Payload, dryRun: boolean, sqliteBatches: boolean): Promise<RowTransactions> {
    if (payload.db.name === 'sqlite') return new RowTransactions(payload, dryRun, sqliteBatches)
    const probe = { payload } as PayloadRequest
    const supported = await initTransaction(probe)
    if (supported) await killTransaction(probe)
    return new RowTransactions(payload, dryRun, supported)
  }

  /** Runs one row's writes with `req`; `keep` says whether what it did stands (a refused row is undone). */
  async row<T>(req: PayloadRequest, write: () => Promise<T>, keep: (result: T) => boolean): Promise<T> {
    if (!this.canUndo) return write()
    if (this.payload.db.name === 'sqlite') return this.inSavepoint(req, write, keep)
    await initTransaction(req)
    try {
      const result = await write()
      if (this.dryRun || !keep(result)) await killTransaction(req)
      else await commitTransaction(req)
      return result
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  private async inSavepoint<T>(req: PayloadRequest, write: () => Promise<T>, keep: (result: T) => boolean): Promise<T> {
    const batch = await this.openBatch()
    req.transactionID = batch.id
    const session = (this.payload.db as unknown as { sessions: Record<string, SqliteSession> }).sessions[String(batch.id)]
    await session.db.run(sql.raw('SAVEPOINT import_row'))
    let result: T
    try {
      result = await write()
    } catch (error) {
      await session.db.run(sql.raw('ROLLBACK TO SAVEPOINT import_row'))
      await session.db.run(sql.raw('RELEASE SAVEPOINT import_row'))
      throw error
    }
    if (!keep(result)) await session.db.run(sql.raw('ROLLBACK TO SAVEPOINT import_row'))
    await session.db.run(sql.raw('RELEASE SAVEPOINT import_row'))
    batch.rows++
    if (batch.rows >= BATCH_ROWS || Date.now() - batch.since >= BATCH_MS) {
      await this.closeBatch()
      // Other writers (a citizen's feedback, an editor's save) waiting for the lock take it now,
      // before the next batch: SQLite does not queue them, and they would otherwise keep losing the race.
      await new Promise((resolve) => setTimeout(resolve, YIELD_MS))
    }
    return result
  }

  private async openBatch(): Promise<Batch> {
    if (this.batch) return this.batch
    const id = await beginTransaction.call(this.payload.db as never, { behavior: 'immediate' } as never)
    if (!id) throw new Error('import: SQLite did not open a transaction')
    guardBatches(this.payload).add(String(id))
    // libsql hands its connection to the transaction and opens a new one for everything else, without
    // the busy timeout Payload set on the first: without it, every other write while the batch holds
    // the lock would fail at once ("database is locked") instead of waiting its turn.
    await (this.payload.db as unknown as { drizzle: SqliteSession['db'] }).drizzle.run(
      sql.raw(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`),
    )
    // That connection stays open after the batch, with its page cache: keep the cache small (1 MiB;
    // changes beyond it spill to the WAL).
    const session = (this.payload.db as unknown as { sessions: Record<string, SqliteSession> }).sessions[String(id)]
    await session.db.run(sql.raw('PRAGMA cache_size = -1024'))
    this.batch = { id, rows: 0, since: Date.now() }
    return this.batch
  }

  private async closeBatch() {
    const batch = this.batch
    this.batch = null
    if (!batch) return
    guardBatches(this.payload).delete(String(batch.id))
    if (this.dryRun) await this.payload.db.rollbackTransaction(batch.id)
    else await this.payload.db.commitTransaction(batch.id)
  }

  /** Commits (or, in a dry run, rolls back) the rows still in hand; after a failure, keeps the rows written whole before it. */
  async finish() {
    await this.closeBatch()
  }
}
