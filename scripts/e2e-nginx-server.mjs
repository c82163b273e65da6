/*
 * The web server of playwright.nginx.config.ts: the production server (scripts/server.mjs) on the main
 * e2e suite's build (NEXT_DIST_DIR), with nginx in front of it (scripts/nginx.mjs, its own prefix in a
 * temporary folder). Builds first only when that build is missing (the suite run on its own).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { startNginx } from './nginx.mjs'
import { must } from './run.mjs'

const distDir = process.env.NEXT_DIST_DIR
const log = process.env.E2E_SERVER_LOG
fs.rmSync(log, { force: true })
if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.info(`e2e-nginx: no build in ${distDir}: seeding ${process.env.DATABASE_URL} and building once`)
  const file = process.env.DATABASE_URL.replace(/^file:/, '')
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  await must('npm', ['run', 'seed'], { log })
  await must('node', ['scripts/clear-data-cache.mjs'], { log })
  await must('npx', ['next', 'build'], { log })
}

// The app's output goes to its log (read by scripts/test.mjs when a test fails).
const output = fs.openSync(log, 'a')
const app = spawn('node', ['scripts/server.mjs'], { stdio: ['ignore', output, output] })
const nginx = await startNginx({
  port: Number(process.env.NGINX_PORT),
  appPort: Number(process.env.PORT),
  staticDir: path.join(distDir, 'static'),
})
console.info(
  `e2e-nginx: nginx on http://localhost:${process.env.NGINX_PORT} (prefix ${nginx.dir}) → app on port ${process.env.PORT}; the app's output in ${log}`,
)

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  app.kill('SIGTERM')
  await nginx.stop()
  fs.rmSync(nginx.dir, { recursive: true, force: true })
  process.exit(code)
}
app.on('exit', (code) => stop(code ?? 1))
nginx.child.on('exit', () => stop(1))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0))
