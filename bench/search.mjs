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

const words = [
  'thủ tục',
  'thu tuc hanh chinh',
  'giấy phép xây dựng',
  'giay phep lai xe',
  'ĐĂNG KÝ KHAI SINH',
  'cấp lại giấy chứng nhận',
  'đất đai',
  'hộ tịch',
  'chứng thực bản sao',
  'trợ cấp xã hội',
  'doanh nghiệp',
  'hợp đồng lao động',
  'thi đua khen thưởng',
  'công chức viên chức',
  'một cửa',
  'dịch vụ công trực tuyến',
  'phản ánh kiến nghị',
  'cai cach hanh chinh',
  'chuyển đổi số',
  'bưu chính công ích',
  'lệ phí',
  'xác nhận tình trạng hôn nhân',
  'môi trường',
  'y tế',
  'giáo dục',
  'đường dây nóng',
  'lý lịch tư pháp',
  'chỉ số hài lòng',
  'par index',
  'thanh toán trực tuyến',
]
const codes = [
  '13/CT-TTg',
  '13 ct ttg',
  '107/2020/ND-CP',
  '107/2020/NĐ-CP',
  '61/2018/NĐ-CP',
  '42/2022/nđ-cp',
  '1.0011',
  '2.000908',
  '1.001193',
  '25/QĐ-TTg',
  '45/2015/NĐ-CP',
  '7/KH-UBND',
]
const rare = ['zzqqxx', 'nuôi ong mật', 'hàng không vũ trụ', 'visa du lịch']
const queries = []
for (let i = 0; i < 200; i++) {
  const kind = i % 10 < 6 ? 'words' : i % 10 < 9 ? 'codes' : 'no match'
  const list = kind === 'words' ? words : kind === 'codes' ? codes : rare
  const q = list[(i * 7) % list.length]
  const params = new URLSearchParams({ q })
  if (i % 5 === 1) params.set('locale', 'en')
  if (i % 7 === 2) params.set('type', 'news')
  if (i % 11 === 3) params.set('page', '2')
  queries.push({ kind, url: `${base}/api/search?${params}` })
}

const time = async (url) => {
  const start = process.hrtime.bigint()
  const response = await fetch(url)
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status} ${url}`)
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, total: body.totalDocs }
}
for (const { url } of queries.slice(0, 20)) await time(url) // warm-up
const results = []
for (const query of queries) results.push({ ...query, ...(await time(query.url)) })

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
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
