/*
 * `npm run import -- <procedures|legal-documents|redirects> <file.xlsx|file.csv> [--dry-run] [--publish] [--json]`
 * Imports a file as the admin's Nhập dữ liệu does, as the operator (no user: every access applies as admin).
 * Exit status: 0 every row accepted, 2 some rows rejected (the rest written), 1 the file or the arguments could not be used.
 */
import fs from 'node:fs/promises'

import { SingleBar } from 'cli-progress'
import { getPayload } from 'payload'

import config from '@/cms/payload.config'
import { migrateDatabase } from '@/cms/migrateDatabase'
import { runImport } from './run'
import { IMPORT_KINDS, type ImportKind, type ImportReport } from './report'

const args = process.argv.slice(2)
const flags = new Set(args.filter((arg) => arg.startsWith('--')))
const [kind, file] = args.filter((arg) => !arg.startsWith('--'))
const usage = `usage: npm run import -- <${IMPORT_KINDS.join('|')}> <file.xlsx|file.csv> [--dry-run] [--publish] [--json]`
const unknownFlags = [...flags].filter((flag) => !['--dry-run', '--publish', '--json'].includes(flag))
if (!IMPORT_KINDS.includes(kind as ImportKind) || !file || unknownFlags.length > 0) {
  console.error(unknownFlags.length ? `unknown option ${unknownFlags.join(' ')}\n${usage}` : usage)
  process.exit(1)
}
const bytes = await fs.readFile(file).catch((error: Error) => {
  console.error(`import: cannot read ${file}: ${error.message}`)
  process.exit(1)
})

function print(report: ImportReport) {
  const mode = report.dryRun
    ? 'dry run, nothing written'
    : report.kind === 'redirects'
      ? 'written, live at once'
      : report.publish
        ? 'written and published'
        : 'written as drafts'
  const counts = Object.entries(report.counts)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${action} ${count}`)
  const peak = Math.round(process.resourceUsage().maxRSS / 1024)
  console.info(
    `import: ${report.total} rows (${mode}; ${report.encoding}) in ${(report.durationMs / 1000).toFixed(1)} s, peak memory ${peak} MiB: ${counts.join(', ') || 'nothing'}`,
  )
  if (report.dryRun && !report.validated) {
    console.info('import: compared with what is saved only (no transactions here): the portal’s own checks run when the file is applied')
  }
  if (report.unknownColumns.length) console.info(`import: columns not used: ${report.unknownColumns.join(', ')}`)
  for (const row of report.rows) {
    for (const [kindOf, items] of [
      ['rejected', row.problems],
      ['note', row.warnings],
    ] as const) {
      for (const item of items) console.info(`  row ${row.row} ${row.key} ${kindOf}: ${item.column}: ${item.message.vi}`)
    }
  }
}

const payload = await getPayload({ config })
await migrateDatabase(payload)
const bar = new SingleBar({ format: 'import {bar} {value}/{total} rows · {duration}s', stream: process.stderr, hideCursor: true })
let started = false
const report = await runImport(payload, kind as ImportKind, bytes, {
  dryRun: flags.has('--dry-run'),
  publish: flags.has('--publish'),
  // Its own process: rows in short batches of one transaction (imports/transactions.ts).
  sqliteBatches: true,
  onProgress: (done, total) => {
    if (!started) bar.start(total, 0)
    started = true
    bar.update(done)
  },
})
if (started) bar.stop()
if (flags.has('--json')) console.info(JSON.stringify(report, null, 2))
else if (report.fileError) console.error(`import: ${report.fileError.vi}\nimport: ${report.fileError.en}`)
else print(report)
await payload.destroy()
process.exit(report.fileError ? 1 : report.counts.reject > 0 ? 2 : 0)
