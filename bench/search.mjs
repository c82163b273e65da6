/*
 * Search latency: 10,000 documents (the seed plus generated procedures, documents and news, indexed
 * by the publishing hooks), 200 realistic queries through GET /api/search on the production server
 * (scripts/server.mjs, loopback). Prints p50 / p95 / max per kind of query and overall (budget: p95 ≤ 50 ms),
 * then the server's resident memory with the index loaded (bench/search-memory.ts: the index alone, at
 * 10,000 and 50,000).
 * Builds what it measures: the corpus in data/bench-search.db (its own login and uploads beside it), then
 * a build of its own from that database in BENCH_SEARCH_DIST_DIR (.next-bench-search; again with --build
 * or --fresh), served on BENCH_SEARCH_PORT (3200). It never uses the demo's database, build or port.
 * With BASE=http://host:port it only measures that server (no corpus, build or memory figure).
 * Usage: node bench/search.mjs [--fresh] [--build]
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { must } from '../scripts/run.mjs'
import { percentile, searchQueries, timeSearch } from './search-queries.mjs'

const DB = 'data/bench-search.db'
const PORT = Number(process.env.BENCH_SEARCH_PORT) || 3200
const DIST = process.env.BENCH_SEARCH_DIST_DIR || '.next-bench-search'
const fresh = process.argv.includes('--fresh')
// The bench sends 220 searches from one address: above the per-address limit of the site (LIMITS.search).
const env = {
  DATABASE_URL: `file:./${DB}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-not-for-production',
  PORT: String(PORT),
  LISTEN_ADDRESS: '127.0.0.1',
  SITE_URL: `http://localhost:${PORT}`,
  INTERNAL_URL: `http://127.0.0.1:${PORT}`,
  NEXT_DIST_DIR: DIST,
  NEXT_TELEMETRY_DISABLED: '1',
  SEARCH_LIMIT_PER_MINUTE: '100000',
}

let server = null
const stop = () => {
  try {
    if (server) process.kill(-server.pid)
  } catch {}
}
process.on('exit', stop)
const base = process.env.BASE?.replace(/\/+$/, '') || `http://127.0.0.1:${PORT}`
if (!process.env.BASE) {
  if (fresh) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(DB + suffix, { force: true })
  await must('node', ['scripts/run-ts.mjs', 'bench/search-corpus.ts', '10000'], { env })
  // A fresh corpus gets a fresh build: the build's pages come from its database.
  if (fresh || process.argv.includes('--build') || !fs.existsSync(path.join(DIST, 'BUILD_ID'))) {
    console.info(`bench/search: building into ${DIST} from ${DB}`)
    await must('npm', ['run', 'build'], { env })
  }
  server = spawn('node', ['scripts/server.mjs'], { env: { ...process.env, ...env }, stdio: 'ignore', detached: true })
}
const built = process.env.BASE ? '' : ` (build ${DIST} of ${fs.statSync(path.join(DIST, 'BUILD_ID')).mtime.toISOString()}, database ${DB})`
console.info(`bench/search: measuring ${base}${built}`)
for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${base}/api/search?q=a`)).ok) break
  } catch {}
  if (tries > 120) throw new Error('bench/search: the server did not start')
  await new Promise((resolve) => setTimeout(resolve, 500))
}

const queries = searchQueries().map(({ kind, path }) => ({ kind, url: base + path }))
const time = (url) => timeSearch(base, url.slice(base.length))
for (const { url } of queries.slice(0, 20)) await time(url) // warm-up
const results = []
for (const query of queries) results.push({ ...query, ...(await time(query.url)) })

const row = (label, list) => {
  const ms = list.map((result) => result.ms)
  console.log(
    `${label.padEnd(12)} ${String(list.length).padStart(5)} ${percentile(ms, 50).toFixed(1).padStart(8)} ${percentile(ms, 95).toFixed(1).padStart(8)} ${Math.max(
      ...ms,
    )
      .toFixed(1)
      .padStart(8)} ${Math.round(list.reduce((sum, result) => sum + result.total, 0) / list.length)
      .toString()
      .padStart(10)}`,
  )
}
console.log(`\nsearch over ${process.env.BASE ? base : DB}`)
console.log(
  `${'queries'.padEnd(12)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'avg hits'.padStart(10)}`,
)
for (const kind of ['words', 'codes', 'no match'])
  row(
    kind,
    results.filter((result) => result.kind === kind),
  )
row('all', results)
console.log('\nslowest:')
for (const result of [...results].sort((a, b) => b.ms - a.ms).slice(0, 6))
  console.log(`  ${result.ms.toFixed(1).padStart(6)} ms  ${decodeURIComponent(result.url.replace(base, ''))}  (${result.total} hits)`)

// The server's resident memory with the index loaded: its largest process.
const descendants = (pid) => {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split(/\s+/)
    .filter(Boolean)
  return [pid, ...children.flatMap((child) => descendants(Number(child)))]
}
const residentKiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
const rss = !server
  ? 0
  : Math.max(
      ...descendants(server.pid).map((pid) => {
        try {
          return residentKiB(pid)
        } catch {
          return 0
        }
      }),
    )
if (server) console.log(`\nserver resident memory with the index loaded: ${(rss / 1024).toFixed(0)} MiB`)
stop()
process.exit(0)
