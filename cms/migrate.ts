/* `npm run migrate`: bring the embedded SQLite database to the committed schema (MongoDB needs none). */
import { getPayload } from 'payload'

import { MissingDatabaseError } from './db'
import { migrateDatabase } from './migrateDatabase'
import { ObjectStorageConfigError } from './objectStorage'

// Imported here, not at the top, so that a refused database is one readable line, not a stack trace.
const config = await import('./payload.config').then(
  (module) => module.default,
  (error: unknown) => {
    if (!(error instanceof MissingDatabaseError || error instanceof ObjectStorageConfigError)) throw error
    console.error(`migrate: refused: ${error.message}`)
    process.exit(1)
  },
)
const payload = await getPayload({ config })
await migrateDatabase(payload)
await payload.destroy()
process.exit(0)
