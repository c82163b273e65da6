/* `npm run seed`: migrate the database, then add demo content and the first administrator. */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from '.'

const payload = await getPayload({ config })
const report = await seed(payload)
for (const [collection, count] of Object.entries(report.created)) console.info(`seed: ${count} new ${collection}`)
if (report.admin) {
  console.info(`seed: administrator created: ${report.admin.email}`)
  if (report.admin.generated) console.info(`seed: generated password (shown once, kept in ${report.admin.file}): ${report.admin.password}`)
} else {
  console.info('seed: administrator already exists')
}
process.exit(0)
