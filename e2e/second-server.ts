import { spawn } from 'node:child_process'

import { e2eServer } from './server-env'

/**
 * Another production server (scripts/server.mjs) on the suite's build and database, at `port`, with
 * `env` on top and no jobs runner; resolves once it answers. `log()` is what it printed so far.
 */
export async function startSecondServer(port: number, env: Record<string, string> = {}) {
  const url = `http://localhost:${port}`
  const all = { ...process.env, ...e2eServer.env, PORT: String(port), SITE_URL: url, JOBS_CRON: '0 0 1 1 *', ...env }
  const child = spawn('node', ['scripts/server.mjs'], { env: all, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const server = { url, log: () => output, stop: () => child.kill('SIGTERM') }
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${url}/api/procedures?limit=1`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return server
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  server.stop()
  throw new Error(`the second server did not start:\n${output}`)
}
