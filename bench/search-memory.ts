/*
 * Memory of the search index held in memory (search/memoryIndex.ts), in one process:
 *  - loaded from the bench database that bench/search.mjs fills (10,000 documents by default), as the
 *    server loads it;
 *  - at 50,000 entries: those entries five times over, each copy with words of its own (a number and
 *    a made-up word per entry, so postings and vocabulary grow), built the same way.
 * Prints the heap and resident memory each adds, the build time, and one query's time on each.
 * Usage: DATABASE_URL=file:./data/bench-search.db node --expose-gc scripts/run-ts.mjs bench/search-memory.ts
 */
import './bench-database'
import { getPayload } from 'payload'

import config from '@/cms/payload.config'
import { searchMemory } from '@/search/memory'
import { type MatchEntry, MemoryIndex } from '@/search/memoryIndex'
import { runSearch } from '@/search/query'

const gc = (globalThis as { gc?: () => void }).gc
const measure = () => {
  gc?.()
  gc?.()
  const { heapUsed, rss } = process.memoryUsage()
  return { heapUsed, rss }
}
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
if (!gc) console.warn('bench/search-memory: run with node --expose-gc for figures without garbage left over')

const payload = await getPayload({ config })
const before = measure()
let started = performance.now()
const { index } = await searchMemory(payload)
const loadMs = performance.now() - started
const loaded = measure()
started = performance.now()
const query = await runSearch(payload, { q: 'cấp lại giấy phép xây dựng', locale: 'vi' })
const queryMs = performance.now() - started
console.info(`search index in memory, ${index.size} entries (loaded from the database in ${(loadMs / 1000).toFixed(1)} s):`)
console.info(
  `  heap +${mib(loaded.heapUsed - before.heapUsed)}, resident +${mib(loaded.rss - before.rss)} (process resident ${mib(loaded.rss)})`,
)
console.info(
  `  first query ("cấp lại giấy phép xây dựng", ${query.totalDocs} results, builds the sorted vocabulary): ${queryMs.toFixed(1)} ms`,
)
const QUERIES = [
  'thủ tục khai sinh',
  'giay phep lai xe',
  'nghị định 42',
  'UBND tỉnh',
  'dduwowngf daay nongs',
  'khai sihn',
  'cải cách hành chính',
  'zzqqxx',
]
const times: number[] = []
for (let round = 0; round < 5; round++)
  for (const q of QUERIES) {
    const start = performance.now()
    await runSearch(payload, { q, locale: round % 2 ? 'en' : 'vi' })
    times.push(performance.now() - start)
  }
times.sort((a, b) => a - b)
console.info(
  `  then ${times.length} queries in process: median ${times[times.length >> 1].toFixed(1)} ms, p95 ${times[Math.ceil(times.length * 0.95) - 1].toFixed(1)} ms`,
)

const entries = index.entries.filter((entry): entry is MatchEntry => entry !== null)
const copies = Math.ceil(50_000 / entries.length)
const own = (text: string, n: number) => `${text}so${n} tu${(n * 7919).toString(36)} `
started = performance.now()
const large = new MemoryIndex()
for (let copy = 0; copy < copies; copy++)
  for (const entry of entries) {
    const n = copy * entries.length + large.size
    const body = (text: MatchEntry['vi']) => ({ ...text, body: own(text.body, n) })
    large.upsert({ ...entry, id: `${entry.id}-${copy}`, vi: body(entry.vi), en: entry.en === entry.vi ? body(entry.vi) : body(entry.en) })
    if (large.size >= 50_000) break
  }
const buildMs = performance.now() - started
const built = measure()
console.info(
  `\nat ${large.size} entries (the ${entries.length} above ${copies} times over, each with words of its own), built in ${(buildMs / 1000).toFixed(1)} s:`,
)
console.info(`  heap +${mib(built.heapUsed - loaded.heapUsed)} over the first, resident ${mib(built.rss)} in all`)
console.info(`  words indexed: ${large.vi.postings.size} Vietnamese, ${large.en.postings.size} English`)
// Keep both alive until measured.
if (!large.size || !index.size) console.info('(empty)')
await payload.destroy()
process.exit(0)
