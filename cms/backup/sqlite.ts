import fs from 'node:fs'

import Database from 'libsql'

/**
 * libsql's own driver, not @libsql/client: statements run through `exec` leave nothing prepared, so
 * `close` really closes the connection (the client's prepared statements keep it, and its locks,
 * alive until garbage collection).
 */
function withDatabase<T>(file: string, run: (db: Database.Database) => T): T {
  const db = new Database(file)
  try {
    return run(db)
  } finally {
    db.close()
  }
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * Writes a consistent copy of a live database to `target` with `VACUUM INTO`: one read transaction,
 * so it holds everything committed so far (the WAL included) while the site keeps writing.
 */
export function snapshotDatabase(file: string, target: string) {
  withDatabase(file, (db) => db.exec(`PRAGMA busy_timeout = 10000; VACUUM INTO ${quoted(target)};`))
}

/** `PRAGMA integrity_check`: 'ok', or the first problems it reports (or why it could not run). */
export function integrityCheck(file: string): string {
  try {
    return withDatabase(file, (db) =>
      (db.prepare('PRAGMA integrity_check(5)').raw().all() as unknown[][]).map((row) => String(row[0])).join('; '),
    )
  } catch (error) {
    return (error as Error).message
  }
}

export class DatabaseInUseError extends Error {}

/**
 * Checks that no other process has the database open, then folds its WAL into the main file.
 * In WAL mode every open connection keeps a shared lock on the database file for as long as it is
 * open, so an exclusive lock (locking_mode=EXCLUSIVE, then a write transaction) is refused with
 * SQLITE_BUSY while the site, a seed or any sqlite shell uses it, whatever port or process it is.
 */
export function closeIdleDatabase(file: string) {
  if (!fs.existsSync(file)) return
  withDatabase(file, (db) => {
    try {
      db.exec('PRAGMA busy_timeout = 1000; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;')
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new DatabaseInUseError('the database is in use (is the site running?): stop it, then restore again')
      }
      throw error
    }
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  })
}
