/* The Playwright web server: a fresh database, seeded, a production build, then the production server (scripts/server.mjs). */
import fs from 'node:fs'

import { importsDir, mediaDir } from './data-paths.mjs'
import { must, run } from './run.mjs'

const file = process.env.DATABASE_URL.replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
// Its uploads and import files too: a new database starts with none (scripts/data-paths.mjs).
for (const dir of [mediaDir(), importsDir()]) fs.rmSync(dir, { recursive: true, force: true })

// The output of each step goes to one log beside the database (read by scripts/test.mjs when a test
// fails); the suite's own output says only what is being done.
const log = process.env.E2E_SERVER_LOG
fs.rmSync(log, { force: true })
console.info(`e2e server: seeding a throw-away database (${file}); output in ${log}`)
await must('npm', ['run', 'seed'], { log })
await must('node', ['scripts/clear-data-cache.mjs'], { log })
console.info(`e2e server: building into ${process.env.NEXT_DIST_DIR} (next build, a few minutes)`)
await must('npx', ['next', 'build'], { log })
console.info(`e2e server: serving on ${process.env.SITE_URL}`)
process.exit(await run('node', ['scripts/server.mjs'], { log }))
