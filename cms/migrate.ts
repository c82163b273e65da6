/* `npm run migrate`: bring the embedded SQLite database to the committed schema (MongoDB needs none). */
import { getPayload } from 'payload'

import config from './payload.config'
import { migrateDatabase } from './migrateDatabase'

const payload = await getPayload({ config })
await migrateDatabase(payload)
await payload.destroy()
process.exit(0)
