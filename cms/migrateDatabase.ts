import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { refreshSearchIndex } from '@/search/rebuild'

/**
 * Brings an empty or outdated embedded database to the committed schema (MongoDB needs none), then
 * fills the search index if content exists without it.
 */
export async function migrateDatabase(payload: Payload) {
  // The generated migrations are typed for db-sqlite; payload's generic Migration type takes `unknown` args.
  if (payload.db.packageName === '@payloadcms/db-sqlite') await payload.db.migrate({ migrations: migrations as never })
  await refreshSearchIndex(payload, (line) => payload.logger.info(line))
}
