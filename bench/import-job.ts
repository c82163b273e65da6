/*
 * The admin's import job (imports/task.ts) on a file, as an editor's upload runs it inside the server:
 * no SQLite transaction, rows written one by one. Times the check, the apply and a second check in this
 * process, with its peak memory after each (the server's would add what it already holds).
 * Usage: DATABASE_URL=file:./data/<seeded>.db node scripts/run-ts.mjs bench/import-job.ts <file.xlsx> <rows>
 */
import './bench-database'
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '@/cms/payload.config'
import { migrateDatabase } from '@/cms/migrateDatabase'
import { processImport } from '@/imports/task'

const [file, rows] = process.argv.slice(2)
const payload = await getPayload({ config })
await migrateDatabase(payload)
const bytes = fs.readFileSync(file)
const [editor] = (await payload.find({ collection: 'users', limit: 1, depth: 0, overrideAccess: true })).docs
const upload = await payload.create({
  collection: 'imports',
  data: { kind: 'procedures' },
  file: {
    data: bytes,
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: path.basename(file),
    size: bytes.length,
  },
  user: editor,
  // The runner is not started here: the job is run below, timed.
  context: { disableRevalidate: true },
})
const id = String(upload.id)

async function once(label: string, apply: boolean) {
  const started = performance.now()
  await processImport(payload, id, apply)
  const seconds = (performance.now() - started) / 1000
  const doc = await payload.findByID({ collection: 'imports', id, depth: 0 })
  const counts = Object.entries((doc.report as { counts: Record<string, number> }).counts)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${action} ${count}`)
    .join(', ')
  const peak = Math.round(process.resourceUsage().maxRSS / 1024)
  console.info(
    `${label.padEnd(22)} ${seconds.toFixed(1).padStart(7)} s  ${(Number(rows) / seconds).toFixed(0).padStart(5)} rows/s  peak ${peak} MiB  (${counts})`,
  )
}

await once('admin job: check', false)
await once('admin job: apply', true)
await once('admin job: check again', false)
await payload.destroy()
process.exit(0)
