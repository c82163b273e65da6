import { beginTransaction } from '@payloadcms/drizzle'
import { initTransaction, type PayloadRequest } from 'payload'

/**
 * Opens a transaction for one import row, so that the row (its Vietnamese and English writes, the
 * search index) is written whole or not at all. Payload opens one where the database offers it
 * (MongoDB on a replica set); the SQLite adapter leaves transactions off for the whole app (they can
 * lock the database under concurrent requests), so for an import row, short and written by one caller
 * with `req` throughout, one is opened here: IMMEDIATE, so it waits its turn for the write lock instead
 * of failing midway. False: this database has no transactions (MongoDB standalone).
 */
export async function beginRowTransaction(req: PayloadRequest): Promise<boolean> {
  await initTransaction(req)
  // Without a transaction Payload leaves the settled promise of none on the request.
  if (req.transactionID instanceof Promise) req.transactionID = (await req.transactionID) ?? undefined
  if (req.transactionID) return true
  if (req.payload.db.name !== 'sqlite') return false
  req.transactionID = (await beginTransaction.call(req.payload.db as never, { behavior: 'immediate' } as never)) ?? undefined
  return Boolean(req.transactionID)
}
