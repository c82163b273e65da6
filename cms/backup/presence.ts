import Database from 'libsql'
import type { Payload } from 'payload'

const held = new Map<string, Database.Database>()

/**
 * Keeps one idle connection to the SQLite file for the life of the process. In WAL mode an open
 * connection holds a shared lock on the file, which is how `npm run restore` tells that the site
 * runs: Payload's own client may hold no connection at all between two queries.
 */
export function holdDatabaseOpen(payload: Payload) {
  if (payload.db.packageName !== '@payloadcms/db-sqlite') return
  const url = (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url
  const file = url.slice('file:'.length)
  if (held.has(file)) return
  const connection = new Database(file)
  // One read takes the shared lock, which a WAL connection keeps until it closes.
  connection.exec('SELECT 1 FROM sqlite_master LIMIT 1')
  held.set(file, connection)
}
