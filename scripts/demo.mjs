/* `npm run demo`: migrate and seed the database, build (or reuse the last build), print the admin login, then serve. */
import fs from 'node:fs'

import { buildIdOf, currentInputs, dropPageOutputs, readStamp, removeStamp, reuseDecision, writeStamp } from './build-reuse.mjs'
import { adminLoginFile } from './data-paths.mjs'
import { must, run } from './run.mjs'

const port = process.env.PORT || '3000'
// The demo prints the administrator's password: it listens on this machine only unless HOST (or
// LISTEN_ADDRESS, which scripts/server.mjs reads) says otherwise.
const address = process.env.HOST?.trim() || process.env.LISTEN_ADDRESS?.trim() || '127.0.0.1'
const env = { PORT: port, LISTEN_ADDRESS: address }

await must('npm', ['run', 'seed'], { env })
const distDir = process.env.NEXT_DIST_DIR || '.next'
const inputs = currentInputs({ ...process.env, ...env })
const decision = reuseDecision(readStamp(distDir), inputs, buildIdOf(distDir))
if (decision.reuse) {
  dropPageOutputs(distDir)
  console.info(`\nReusing the build in ${distDir} (${decision.reason}); its pages render afresh from the database.`)
} else {
  console.info(`\nBuilding into ${distDir}: ${decision.reason}.`)
  removeStamp(distDir)
  // A demo builds a commit CI has type-checked: no second check (next.config.ts).
  await must('npm', ['run', 'build'], { env: { ...env, SKIP_BUILD_TYPE_CHECK: '1' } })
  writeStamp(distDir, inputs)
}

const loginFile = adminLoginFile()
const url = (process.env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, '')
console.info(`\nCCHC Portal: ${url}   admin: ${url}/admin`)
if (process.env.SEED_ADMIN_EMAIL && process.env.SEED_ADMIN_PASSWORD) {
  console.info(`admin login: ${process.env.SEED_ADMIN_EMAIL} (password from SEED_ADMIN_PASSWORD)\n`)
} else if (fs.existsSync(loginFile)) {
  const [email, password] = fs.readFileSync(loginFile, 'utf8').split('\n')
  console.info(`admin login: ${email} / ${password}   (kept in ${loginFile})\n`)
} else {
  console.info('admin login: the account created by an earlier seed (its password is not stored)\n')
}

if (!['127.0.0.1', 'localhost', '::1'].includes(address)) console.info(`listening on ${address}: reachable from other machines\n`)

// Ctrl-C or SIGTERM stops the server, which exits 0; so does the demo (scripts/run.mjs).
process.exit(await run('node', ['scripts/server.mjs'], { env, forwardSignals: true }))
