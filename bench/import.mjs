/*
 * Bulk import at the size of a department's catalogue: 2,000 procedure rows (ROWS) from one .xlsx,
 * through `npm run import` on a fresh seeded database: the dry run, the apply, and the same file again.
 * Then the admin's import job (bench/import-job.ts) on the same file and a second fresh database: check,
 * apply, check again, as the server runs it (no transaction, row by row).
 * Prints time, rows per second and peak memory of each run, measured in this run.
 * Usage: node bench/import.mjs [rows] [--no-job]
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { must } from '../scripts/run.mjs'

const rows = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 2000)
const withJob = !process.argv.includes('--no-job')
const DB = 'data/bench-import.db'
const JOB_DB = 'data/bench-import-job.db'
const FILE = 'data/bench-import.xlsx'
const secret = process.env.PAYLOAD_SECRET || 'bench-import-secret'
const env = { ...process.env, DATABASE_URL: `file:./${DB}`, PAYLOAD_SECRET: secret }
const jobEnv = { ...process.env, DATABASE_URL: `file:./${JOB_DB}`, PAYLOAD_SECRET: secret }
for (const db of [DB, JOB_DB]) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true })
await must('npm', ['run', 'seed'], { env })
await must('node', ['scripts/run-ts.mjs', 'bench/import-file.ts', FILE, String(rows)], { env })

function importOnce(label, flags) {
  let output
  try {
    output = execFileSync('node', ['scripts/run-ts.mjs', 'imports/cli.ts', 'procedures', FILE, ...flags], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    // Exit 2: some rows were rejected; the summary is still printed.
    output = error.stdout
  }
  const line = output.split('\n').find((text) => text.startsWith('import: ')) ?? ''
  if (!/peak memory/.test(line)) throw new Error(`bench/import: no summary from the import:\n${output}`)
  const [, seconds, peak, counts] = /in ([\d.]+) s, peak memory (\d+) MiB: (.*)$/.exec(line)
  console.info(
    `${label.padEnd(22)} ${seconds.padStart(7)} s  ${(rows / Number(seconds)).toFixed(0).padStart(5)} rows/s  peak ${peak} MiB  (${counts})`,
  )
  return Number(seconds)
}

console.info(`bench/import: ${rows} procedure rows (${(fs.statSync(FILE).size / 1024).toFixed(0)} KiB .xlsx)`)
const dry = importOnce('dry run', ['--dry-run'])
const apply = importOnce('apply (drafts)', [])
const again = importOnce('same file again', [])
console.info(`ratios: apply / dry run ${(apply / dry).toFixed(2)}, unchanged rerun / apply ${(again / apply).toFixed(2)}`)

if (withJob) {
  await must('npm', ['run', 'seed'], { env: jobEnv })
  await must('node', ['scripts/run-ts.mjs', 'bench/import-job.ts', FILE, String(rows)], { env: jobEnv })
}
