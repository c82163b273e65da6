/*
 * Queues a scheduled publication the way the admin's "Schedule publish" does, straight into the e2e
 * database (the REST API does not expose the jobs queue). Run with scripts/run-ts.mjs:
 *   node scripts/run-ts.mjs e2e/support/schedule-publish.ts <collection> <id>[,<id>…] <seconds from now>
 */
import { getPayload } from 'payload'

import config from '@/cms/payload.config'

const [collection, ids, seconds] = process.argv.slice(2)
const payload = await getPayload({ config })
for (const id of ids.split(','))
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: collection as 'news', value: id } },
    waitUntil: new Date(Date.now() + Number(seconds) * 1000),
  })
await payload.destroy()
process.exit(0)
