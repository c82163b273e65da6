/*
 * The serving stack, measured in one run (issue 12): the shipped nginx configuration (deploy/nginx/,
 * rendered for loopback by scripts/nginx.mjs) in front of the production server (scripts/server.mjs).
 *   (a) a prerendered procedure page through nginx (micro-cache), (b) the same HTML as a static file
 *   from the same nginx, (c) the app directly: req/s, p50/p99 and the ratio (a)/(b); the procedure
 *   list (rendered per request) through nginx (d) and directly (e);
 *   publish → live through the stack (REST publish as an admin, then polling the page and the procedure
 *   list through nginx);
 *   the share of 200s for 30 s while the app process is stopped (prerendered pages, then the public lists);
 *   several instances (issue 15): pages that nginx's copies cannot answer (a query of their own per
 *   request), through nginx to one instance without Redis, one with Redis, and two sharing Redis.
 * Prints figures, asserts nothing. Needs Debian's nginx and redis-server. Uses its own build and database (built once
 * when missing): BENCH_DIST_DIR (.next-bench), DATABASE_URL (file:./data/bench.db), ports
 * BENCH_APP_PORT (3300, +1 for a second instance), BENCH_NGINX_PORT (8300, +1 for the static file, +2 in
 * front of the instances), BENCH_REDIS_PORT (6300), BENCH_SECONDS (10),
 * BENCH_DOWN_SECONDS (30), BENCH_CONNECTIONS (32), BENCH_APP_CONNECTIONS (8, for the instances' comparison).
 *   node bench/serve.mjs                      (everything)
 *   BENCH_ONLY=instances node bench/serve.mjs (only one instance against two)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { hasRedis, startApp as startInstance, startRedis } from '../scripts/cluster.mjs'
import { hasNginx, startNginx } from '../scripts/nginx.mjs'
import { buildOnce } from './build-once.mjs'

const appPort = Number(process.env.BENCH_APP_PORT || 3300)
const nginxPort = Number(process.env.BENCH_NGINX_PORT || 8300)
const staticPort = nginxPort + 1
const seconds = Number(process.env.BENCH_SECONDS || 10)
const downSeconds = Number(process.env.BENCH_DOWN_SECONDS || 30)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
/** For what only the app answers (it renders each request): more connections would only queue. */
const appConnections = Number(process.env.BENCH_APP_CONNECTIONS || 8)
const admin = {
  email: process.env.SEED_ADMIN_EMAIL || 'quantri@bench.test',
  password: process.env.SEED_ADMIN_PASSWORD || 'mat-khau-bench-123',
}
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || '.next-bench',
  DATABASE_URL: process.env.DATABASE_URL || 'file:./data/bench.db',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-not-for-production',
  SEED_ADMIN_EMAIL: admin.email,
  SEED_ADMIN_PASSWORD: admin.password,
  SITE_URL: `http://localhost:${nginxPort}`,
  PORT: String(appPort),
  LISTEN_ADDRESS: '127.0.0.1',
  INTERNAL_URL: `http://127.0.0.1:${appPort}`,
  TRUSTED_PROXIES: '127.0.0.1',
}
const direct = `http://127.0.0.1:${appPort}`
const proxied = `http://localhost:${nginxPort}`
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

if (!hasNginx() || !hasRedis()) {
  console.error(
    "bench/serve.mjs needs Debian's nginx and redis-server: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter redis-server",
  )
  process.exit(1)
}
await buildOnce(env)

/**
 * Throughput of what only the app can answer (each request a query of its own, so nginx's copies never
 * do): through nginx to one instance, to one with Redis, and to two sharing Redis, one after the other.
 */
async function compareInstances() {
  const redisPort = Number(process.env.BENCH_REDIS_PORT || 6300)
  const frontPort = nginxPort + 2
  const workloads = [
    ['a cached page (/?q=n)', '/'],
    ['the procedure list (/thu-tuc-hanh-chinh?q=n)', '/thu-tuc-hanh-chinh'],
  ]
  const setups = [
    { label: 'one instance, no Redis', instances: 1, redis: false },
    { label: 'one instance, Redis', instances: 1, redis: true },
    { label: 'two instances, Redis', instances: 2, redis: true },
  ]
  const found = []
  for (const setup of setups) {
    const redis = setup.redis ? await startRedis(redisPort) : null
    const ports = Array.from({ length: setup.instances }, (_, i) => appPort + i)
    const log = path.join(process.env.TMPDIR || '/tmp', 'cchc-bench-instances.log')
    const instances = await Promise.all(
      ports.map((port) =>
        startInstance({ port, log, env: { ...env, INTERNAL_URL: `http://127.0.0.1:${port}`, ...(redis ? { REDIS_URL: redis.url } : {}) } }),
      ),
    )
    const front = await startNginx({
      port: frontPort,
      appPorts: ports,
      staticDir: path.join(env.NEXT_DIST_DIR, 'static'),
      accessLog: false,
    })
    try {
      for (const [label, basePath] of workloads) {
        let n = 0
        const requests = [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `${basePath}?q=${n++}` }) }]
        const load = { url: `http://localhost:${frontPort}`, connections: appConnections, timeout: 30, requests }
        await autocannon({ ...load, duration: 3 })
        const result = await autocannon({ ...load, duration: seconds })
        const other = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'))
        if (other.length || result.errors || result.timeouts)
          console.info(
            `${setup.label}, ${label}: ${JSON.stringify(Object.fromEntries(other))}, ${result.errors} errors, ${result.timeouts} timeouts`,
          )
        found.push({
          setup: setup.label,
          workload: label,
          'req/s': Math.round(result.requests.average),
          'p50 ms': result.latency.p50,
          'p99 ms': result.latency.p99,
          'not 2xx': result.non2xx + result.errors + result.timeouts,
        })
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()))
      await front.stop()
      fs.rmSync(front.dir, { recursive: true, force: true })
      await redis?.stop()
    }
  }
  console.table(found)
  for (const [label] of workloads) {
    const rate = (setup) => found.find((row) => row.setup === setup && row.workload === label)['req/s']
    console.info(
      `${label}: two instances / one = ${(rate('two instances, Redis') / rate('one instance, no Redis')).toFixed(2)}, Redis / no Redis (one instance) = ${(rate('one instance, Redis') / rate('one instance, no Redis')).toFixed(2)}`,
    )
  }
}

// BENCH_ONLY=instances: only the comparison of one and two instances (the app's own work, not nginx's copies).
if (process.env.BENCH_ONLY === 'instances') {
  await compareInstances()
  process.exit(0)
}

let app
const startApp = async () => {
  app = spawn('node', ['scripts/server.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${direct}/next/health`).catch(() => null))?.ok) return
    await sleep(100)
  }
  throw new Error('the app did not start')
}
const stopApp = () => new Promise((resolve) => (app.exitCode !== null ? resolve() : (app.once('exit', resolve), app.kill('SIGTERM'))))

await startApp()
const { docs } = await (await fetch(`${direct}/api/procedures?limit=1&sort=createdAt`)).json()
const procedure = docs[0]
const pagePath = `/thu-tuc-hanh-chinh/${procedure.slug}`
const page = await fetch(direct + pagePath)
const html = await page.text()
const staticDir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'cchc-bench-static-'))
fs.chmodSync(staticDir, 0o755)
fs.writeFileSync(path.join(staticDir, 'page.html'), html)
const nginx = await startNginx({
  port: nginxPort,
  appPort,
  staticDir: path.join(env.NEXT_DIST_DIR, 'static'),
  accessLog: false,
  extraServers: `    server {
        listen 127.0.0.1:${staticPort};
        root ${staticDir};
    }`,
})

const rows = []
async function measure(label, url, options = {}) {
  const result = await autocannon({ url, connections, duration: seconds, ...options })
  const row = {
    label,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
  rows.push(row)
  return row
}

try {
  console.info(
    `${pagePath}: ${html.length} bytes, x-nextjs-cache ${page.headers.get('x-nextjs-cache')}; ${connections} connections, ${seconds} s each`,
  )
  await fetch(proxied + pagePath)
  // The load generator (one Node process on the same cores) warms up first, then (a) and (b) run twice
  // in turn, so neither gains from going second; the ratio is of their sums.
  const staticUrl = `http://127.0.0.1:${staticPort}/page.html`
  for (const url of [proxied + pagePath, staticUrl]) await autocannon({ url, connections, duration: 3 })
  const a1 = await measure('(a) page through nginx', proxied + pagePath)
  const b1 = await measure('(b) same HTML, nginx static file', staticUrl)
  const a2 = await measure('(a) page through nginx, again', proxied + pagePath)
  const b2 = await measure('(b) same HTML, nginx static file, again', staticUrl)
  const a = { 'req/s': a1['req/s'] + a2['req/s'] }
  const b = { 'req/s': b1['req/s'] + b2['req/s'] }
  await measure('(c) app directly', direct + pagePath)
  // A list reads its query, so the app renders it on every request; nginx keeps it a second.
  await fetch(proxied + '/thu-tuc-hanh-chinh')
  await measure('(d) procedure list through nginx', proxied + '/thu-tuc-hanh-chinh')
  await measure('(e) procedure list, app directly', direct + '/thu-tuc-hanh-chinh')
  console.table(rows)
  console.info(`ratio (a)/(b), both runs: ${(a['req/s'] / b['req/s']).toFixed(2)} (goal ≥ 0.8, 0 errors)`)

  // Publish → live: an admin publishes a new name; the page is read through nginx until it shows it.
  const login = await fetch(`${proxied}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  const lags = []
  const listPath = '/thu-tuc-hanh-chinh'
  // Polls a path through nginx until it shows `text`; resolves with the time it did.
  const liveAt = async (urlPath, text, started) => {
    while (!(await (await fetch(proxied + urlPath)).text()).includes(text)) {
      if (performance.now() - started > 30_000) throw new Error(`${urlPath} not live after 30 s`)
      await sleep(20)
    }
    return performance.now()
  }
  for (let round = 1; round <= 3; round++) {
    const name = `${procedure.name} (bench ${Date.now()})`
    // Keep the page and the list (which shows every procedure) hot in the micro-cache, as under traffic.
    for (let i = 0; i < 5; i++) await Promise.all([pagePath, listPath].map((p) => fetch(proxied + p).then((r) => r.text())))
    const started = performance.now()
    const saved = await fetch(`${proxied}/api/procedures/${procedure.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
    const savedAt = performance.now()
    const [live, listLive] = await Promise.all([liveAt(pagePath, name, started), liveAt(listPath, name, started)])
    lags.push(live - started, listLive - started)
    console.info(
      `publish → live #${round}: page ${Math.round(live - started)} ms, list ${Math.round(listLive - started)} ms from the publish request (the save took ${Math.round(savedAt - started)} ms)`,
    )
  }
  console.info(`publish → live: max ${Math.round(Math.max(...lags))} ms (goal ≤ 2000)`)
  await fetch(`${proxied}/api/procedures/${procedure.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ name: procedure.name, _status: 'published' }),
  })

  // The app stops for downSeconds: prerendered pages and the public lists (both kept by nginx, the lists
  // with their query) keep being served from the stale cache.
  const cached = ['/', '/en', '/gioi-thieu', '/duong-day-nong', pagePath, `/en/procedures/${procedure.slug}`]
  const lists = [
    '/thu-tuc-hanh-chinh',
    '/en/procedures',
    '/van-ban',
    '/tin-tuc',
    '/bao-chi',
    '/phan-anh-kien-nghi/hoi-dap',
    '/en/documents',
    '/tin-tuc?trang=2',
  ]
  for (let i = 0; i < 2; i++) {
    for (const p of [...cached, ...lists]) await fetch(proxied + p).then((r) => r.text())
    await sleep(1100)
  }
  await stopApp()
  const share = async (label, paths, duration) => {
    const down = await autocannon({ url: proxied, connections, duration, requests: paths.map((p) => ({ method: 'GET', path: p })) })
    const total = down['2xx'] + down.non2xx + down.errors + down.timeouts
    console.info(
      `app stopped, ${label} (${paths.length}) for ${duration} s: ${down['2xx']} of ${total} answers 2xx = ${((100 * down['2xx']) / total).toFixed(3)}%, ${Math.round(down.requests.average)} req/s, p99 ${down.latency.p99} ms` +
        ` (other: ${down.non2xx} non-2xx ${JSON.stringify(Object.fromEntries(Object.entries(down.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'))))}, ${down.errors} errors, ${down.timeouts} timeouts)`,
    )
  }
  await share('prerendered pages (goal 100%)', cached, downSeconds)
  await share('public lists (goal 100%)', lists, downSeconds)

  await compareInstances()
} finally {
  await stopApp()
  await nginx.stop()
  fs.rmSync(nginx.dir, { recursive: true, force: true })
  fs.rmSync(staticDir, { recursive: true, force: true })
}
process.exit(0)
