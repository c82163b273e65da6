/*
 * The size of the log (scripts/log.mjs) per 1,000 requests of a site's mix, measured in one run: the
 * production server (scripts/server.mjs) on a build, its output captured, answering page views (a
 * page, then its stylesheets, images and icons, as a browser without scripts asks for them), API
 * reads, searches and a few 404s; at LOG_LEVEL=info (what production writes) and at debug (static
 * files, images and media too). Also the cost of writing one request line (the logger alone, to
 * /dev/null, redaction included). Prints figures, asserts nothing.
 * Uses a build and its database: BENCH_DIST_DIR (.next-bench) and DATABASE_URL (file:./data/bench.db),
 * seeded and built once when missing (as bench/serve.mjs); BENCH_APP_PORT (3310).
 *   node bench/log-volume.mjs
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import pino from 'pino'

import { startApp } from '../scripts/cluster.mjs'
import { createLogger } from '../scripts/log.mjs'
import { buildOnce } from './build-once.mjs'

const REQUESTS = 1_000
const CONNECTIONS = 4
const port = Number(process.env.BENCH_APP_PORT || 3310)
const base = `http://127.0.0.1:${port}`
const env = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || '.next-bench',
  DATABASE_URL: process.env.DATABASE_URL || 'file:./data/bench.db',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-not-for-production',
  SEED_ADMIN_EMAIL: process.env.SEED_ADMIN_EMAIL || 'quantri@bench.test',
  SEED_ADMIN_PASSWORD: process.env.SEED_ADMIN_PASSWORD || 'mat-khau-bench-123',
  SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
  INTERNAL_URL: `http://127.0.0.1:${port}`,
  TRUSTED_PROXIES: '127.0.0.1',
}

await buildOnce(env)

const PAGES = [
  '/',
  '/thu-tuc-hanh-chinh',
  '/tin-tuc',
  '/van-ban',
  '/su-kien',
  '/phan-anh-kien-nghi',
  '/en',
  '/en/procedures',
  '/tim-kiem?q=khai+sinh',
]
const API = ['/api/procedures?limit=10&depth=0', '/api/news?limit=5&depth=1', '/api/search?q=giay+phep', '/api/agencies?limit=20']
const MISSING = ['/khong-co-trang-nay', '/wp-login.php']

/** What a browser without scripts asks for after a page: stylesheets, icons, images (each once per page view here). */
function assetsOf(html) {
  const found = [...html.matchAll(/(?:href|src)="(\/(?:_next\/static|_next\/image|api\/media\/file|favicon|icon|apple-icon)[^"]*)"/g)]
  return [...new Set(found.map((match) => match[1].replaceAll('&amp;', '&')))]
}

/** The mix: page views (with their assets and one detail page from each list), API reads, 404s, in turn until REQUESTS. */
async function mix() {
  const views = []
  for (const page of PAGES) {
    const html = await (await fetch(base + page)).text()
    const detail = /href="(\/(?:thu-tuc-hanh-chinh|tin-tuc|van-ban|en\/procedures)\/[^"?#]+)"/.exec(html)?.[1]
    views.push([page, ...assetsOf(html)])
    if (detail) views.push([detail, ...assetsOf(await (await fetch(base + detail)).text())])
  }
  const sequence = []
  for (let i = 0; sequence.length < REQUESTS; i++) {
    sequence.push(...views[i % views.length], API[i % API.length])
    if (i % 5 === 4) sequence.push(MISSING[i % MISSING.length])
  }
  return sequence.slice(0, REQUESTS)
}

async function run(sequence) {
  let next = 0
  const worker = async () => {
    while (next < sequence.length) await (await fetch(base + sequence[next++])).arrayBuffer()
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
}

/** The server's output while it answers `sequence` at `level`: bytes, lines, and request lines by level. */
async function measure(level, sequence) {
  const log = path.join(os.tmpdir(), `cchc-log-volume-${level}.log`)
  fs.rmSync(log, { force: true })
  const app = await startApp({ port, log, env: { ...env, LOG_LEVEL: level } })
  try {
    const list = sequence ?? (await mix())
    // Every page once first: Next's first renders and Payload's start-up lines are not the steady state.
    await run(list)
    const from = fs.statSync(log).size
    await run(list)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const text = fs.readFileSync(log).subarray(from).toString('utf8')
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    const requests = lines.filter((line) => 'ms' in line)
    const count = (value) => requests.filter((line) => line.level === value).length
    return {
      list,
      bytes: Buffer.byteLength(text),
      gzip: gzipSync(text).length,
      lines: lines.length,
      requests: requests.length,
      byLevel: { info: count('info'), debug: count('debug'), error: count('error') },
    }
  } finally {
    await app.stop()
  }
}

/** Microseconds to write one request line (a typical one, with a signed-in user) to /dev/null, with `log`. */
function lineCost(log) {
  const line = {
    reqId: '6f1c0e2a9b8d4c7e8a0b1c2d3e4f5a6b',
    method: 'GET',
    path: '/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap',
    query: 'q&page',
    status: 200,
    ms: 12.34,
    bytes: 48_213,
    client: '203.0.113.7',
    group: 'procedures',
    user: '71f9ae34-e3c9-4248-97c5-bf0fbba98eea',
  }
  for (let i = 0; i < 20_000; i++) log.info(line, 'GET /thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap 200')
  const n = 200_000
  const started = process.hrtime.bigint()
  for (let i = 0; i < n; i++) log.info(line, 'GET /thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap 200')
  return Number(process.hrtime.bigint() - started) / 1e3 / n
}
const devNull = () => pino.destination({ dest: '/dev/null', sync: true })

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`
const info = await measure('info')
const debug = await measure('debug', info.list)
const kinds = (list) => {
  const assets = list.filter((item) => /^\/(?:_next|api\/media\/file|favicon|icon|apple-icon)/.test(item)).length
  const api = list.filter((item) => item.startsWith('/api/') && !item.startsWith('/api/media/file')).length
  return `${list.length - assets - api} pages (404s included), ${assets} stylesheets, images and icons, ${api} API reads`
}
console.info(`Mix of ${REQUESTS} requests, ${CONNECTIONS} at a time: ${kinds(info.list)}`)
for (const [level, result] of [
  ['info', info],
  ['debug', debug],
]) {
  const per = 1000 / REQUESTS
  console.info(
    `LOG_LEVEL=${level}: ${kb(result.bytes * per)} per 1,000 requests (${kb(result.gzip * per)} gzipped), ${result.lines} lines ` +
      `(${result.requests} request lines: ${result.byLevel.info} info, ${result.byLevel.debug} debug, ${result.byLevel.error} error; ` +
      `${result.lines - result.requests} others), ${(result.bytes / Math.max(1, result.lines)).toFixed(0)} bytes a line`,
  )
}
const ours = lineCost(createLogger({ level: 'info', destination: devNull() }))
const plain = lineCost(pino({}, devNull()))
console.info(
  `Writing one request line: ${ours.toFixed(1)} µs (the logger alone, redaction included, to /dev/null; pino's defaults: ${plain.toFixed(1)} µs)`,
)
