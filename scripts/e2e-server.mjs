/* The Playwright web server: a fresh database, seeded, a production build, then the production server (scripts/server.mjs). */
import fs from 'node:fs'

import { importsDir, mediaDir } from './data-paths.mjs'
import { must, run } from './run.mjs'

const file = process.env.DATABASE_URL.replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
// Its uploads and import files too: a new database starts with none (scripts/data-paths.mjs).
for (const dir of [mediaDir(), importsDir()]) fs.rmSync(dir, { recursive: true, force: true })

await must('npm', ['run', 'seed'])
await must('node', ['scripts/clear-data-cache.mjs'])
await must('npx', ['next', 'build'])
process.exit(await run('node', ['scripts/server.mjs']))
