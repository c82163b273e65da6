/* `npm run search:rebuild`: empty the search index and index every published document again. */
import { getPayload } from 'payload'

import config from '@/cms/payload.config'
import { migrateDatabase } from '@/cms/migrateDatabase'
import { rebuildSearchIndex } from './rebuild'

const payload = await getPayload({ config })
await migrateDatabase(payload)
const started = Date.now()
const { indexed } = await rebuildSearchIndex(payload, (line) => console.info(`search: ${line}`))
console.info(`search: ${indexed} documents indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
