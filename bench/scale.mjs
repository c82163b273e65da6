/*
 * What content costs at scale (issue 16), measured in one run on a corpus of N documents:
 *   1. the corpus: data/bench-scale-N.db filled to N documents through the Local API
 *      (bench/search-corpus.ts): seconds per 1,000 writes at the start and at the end, the writer's memory;
 *   2. the build from that database into .next-bench-scale-N: its time and how many pages it prerendered;
 *   3. the production server (scripts/server.mjs) on BENCH_SCALE_PORT (3400): time to answer, memory,
 *      how long the search index takes to load at start, a search page 3 s after the start, searches during the load (answered from the part read), the first
 *      search after it, the server's warm-up once loaded (search/query.ts warmSearch) and searches
 *      during it, then 200 searches (p50/p95/max, bench/search-queries.mjs);
 *   4. every public list at page 1, at its last page, filtered by one value and by two (a combination with results, one without): the first render after a publish expired it,
 *      early (median of the 10 requests after it) and warm (median of 10 after 30 more: as on a server in
 *      use), and its HTML size; a detail page that was not prerendered, first and warm;
 *   5. publish → live: an admin publishes a new news title; time until its page and /tin-tuc show it;
 *      writes through the server (REST, as an admin) at N documents;
 *   6. the server's memory at the end.
 * Prints figures and asserts nothing. Its database, build and port are its own, never the demo's.
 * Usage: node bench/scale.mjs [N]   (N = 10000 by default; 50000 on request)
 *        --no-build reuses the build in .next-bench-scale-N when there is one.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import { startApp } from '../scripts/cluster.mjs'
import { percentile, searchQueries, timeSearch } from './search-queries.mjs'

const total = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const port = Number(process.env.BENCH_SCALE_PORT || 3400)
const database = `data/bench-scale-${total}.db`
const dist = `.next-bench-scale-${total}`
const base = `http://127.0.0.1:${port}`
const admin = { email: 'quantri@bench.test', password: 'mat-khau-bench-123' }
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:./${database}`,
  NEXT_DIST_DIR: dist,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-not-for-production',
  SEED_ADMIN_EMAIL: admin.email,
  SEED_ADMIN_PASSWORD: admin.password,
  SITE_URL: base,
  INTERNAL_URL: base,
  // The bench sends hundreds of searches and pages from one address.
  SEARCH_LIMIT_PER_MINUTE: '100000',
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** Requests of a list page before its warm time is measured (the early ones are reported too). */
const WARM_UP = 30
const ms = (value) => `${Math.round(value)} ms`
const mib = (kib) => `${Math.round(kib / 1024)} MiB`

/** Runs a command with `env`; resolves with the lines it printed (shown as they come when `echo` matches). */
function runLines(command, args, echo = /./) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines = []
    for (const stream of [child.stdout, child.stderr])
      readline.createInterface({ input: stream }).on('line', (line) => {
        lines.push(line)
        if (echo.test(line)) console.info(`  ${line}`)
      })
    child.on('exit', (code) =>
      code === 0 ? resolve(lines) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${lines.slice(-30).join('\n')}`)),
    )
  })
}

/** The resident memory of a process, in KiB. */
const residentKiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)

/** One GET: its time, status, size and where it redirects. */
async function get(urlPath) {
  const start = performance.now()
  const response = await fetch(base + urlPath, { redirect: 'manual' })
  const body = await response.text()
  return {
    ms: performance.now() - start,
    status: response.status,
    bytes: Buffer.byteLength(body),
    location: response.headers.get('location'),
    cache: response.headers.get('x-nextjs-cache'),
    body,
  }
}

const figures = []
const note = (label, value) => {
  figures.push([label, value])
  console.info(`${label}: ${value}`)
}

// 1. The corpus.
console.info(`bench/scale: ${total} documents in ${database}`)
const corpusStarted = performance.now()
const corpusLines = await runLines('node', ['scripts/run-ts.mjs', 'bench/search-corpus.ts', String(total)], /^(corpus|bench)/)
const batches = corpusLines.map((line) => /last 1000 in ([\d.]+) s; rss (\d+) MiB/.exec(line)).filter(Boolean)
if (batches.length) {
  note('writes, first 1,000 documents', `${batches[0][1]} s (writer ${batches[0][2]} MiB)`)
  note('writes, last 1,000 documents', `${batches.at(-1)[1]} s (writer ${batches.at(-1)[2]} MiB)`)
  note('writes, last / first', (Number(batches.at(-1)[1]) / Number(batches[0][1])).toFixed(2))
} else note('corpus', `already ${total} documents (${ms(performance.now() - corpusStarted)}); delete ${database} to measure the writes`)
note('database file', `${Math.round(fs.statSync(database).size / 2 ** 20)} MB`)

// 2. The build.
if (process.argv.includes('--no-build') && fs.existsSync(path.join(dist, 'BUILD_ID'))) note('build', `reused ${dist}`)
else {
  const started = performance.now()
  const lines = await runLines('npm', ['run', 'build'], /^ *(✓ Generating|Route \(app\))/)
  const generated = lines.map((line) => /Generating static pages.*\((\d+)\/(\d+)\)/.exec(line)).findLast(Boolean)
  note('build', `${(Math.round(performance.now() - started) / 1000).toFixed(0)} s, ${generated?.[2] ?? '?'} pages prerendered`)
}

// 3. The server.
const log = path.join(process.env.TMPDIR || '/tmp', `cchc-bench-scale-${total}.log`)
const startedAt = performance.now()
const app = await startApp({ port, env: { ...env, NODE_ENV: 'production' }, log, readyPath: '/next/health' })
note('server answers', `${ms(performance.now() - startedAt)} after its start (log: ${log})`)
note('server memory at start', mib(residentKiB(app.child.pid)))
try {
  // The start-up health check starts loading the search index (search/memory.ts warmSearchMemory); a
  // search meanwhile is answered from the part read so far, saying how much (its `indexing`).
  const answered = performance.now()
  const during = []
  // A citizen's first search page, 3 s after the server answers (scripts/server.mjs asks for the search page at start).
  await sleep(3000)
  const firstPage = await get('/tim-kiem?q=gi%E1%BA%A5y+ph%C3%A9p')
  note('first search page (HTML), 3 s after', `${ms(firstPage.ms)} (${firstPage.status})`)
  while ((await (await fetch(`${base}/next/health`)).json()).search !== 'loaded') {
    if (performance.now() - answered > 120_000) throw new Error('the search index was not loaded within two minutes')
    const search = await timeSearch(base, '/api/search?q=gi%E1%BA%A5y%20ph%C3%A9p')
    if (search.indexing) during.push(search)
    await sleep(500)
  }
  // The server's own count, from its start-up health check (the wait above includes the 3 s before the first page).
  const loadedIn = [...fs.readFileSync(log, 'utf8').matchAll(/search: (\d+) entries loaded in (\d+) ms/g)].at(-1)
  note(
    'search index loaded',
    loadedIn ? `${loadedIn[1]} entries in ${loadedIn[2]} ms (the server's log)` : `within ${ms(performance.now() - answered)}`,
  )
  if (during.length)
    note(
      'searches during the load',
      `${during.length}, p50 ${ms(
        percentile(
          during.map((each) => each.ms),
          50,
        ),
      )}, max ${ms(Math.max(...during.map((each) => each.ms)))}; the first from ${during[0].indexing.loaded} of ${during[0].indexing.total} entries`,
    )
  const first = await timeSearch(base, '/api/search?q=gi%E1%BA%A5y%20ph%C3%A9p')
  note('first search after the start', `${ms(first.ms)} (${first.total} results)`)
  const queries = searchQueries()
  // Once loaded, the server searches the commonest words (search/query.ts warmSearch); searches meanwhile are timed apart.
  const warming = []
  let warmedUp = null
  while (!(warmedUp = /search: warmed up by (\d+) searches in (\d+) ms/.exec(fs.readFileSync(log, 'utf8')))) {
    if (performance.now() - answered > 180_000) throw new Error('the search did not warm up within three minutes')
    warming.push((await timeSearch(base, queries[warming.length % queries.length].path)).ms)
  }
  note(
    'search warm-up after the load',
    `${warmedUp[1]} searches in ${warmedUp[2]} ms; ${
      warming.length
        ? `${warming.length} searches meanwhile, p50 ${ms(percentile(warming, 50))}, max ${ms(Math.max(...warming))}`
        : 'over before the bench looked'
    }`,
  )
  for (const query of queries.slice(0, 20)) await timeSearch(base, query.path)
  const times = []
  for (const query of queries) times.push((await timeSearch(base, query.path)).ms)
  note(
    'search, 200 queries',
    `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  )
  note('server memory after searching', mib(residentKiB(app.child.pid)))

  // 4. Lists, first render after a publish and warm, at page 1 and at the last page.
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!login.ok) throw new Error(`login as ${admin.email}: ${login.status}`)
  const { token } = await login.json()
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const newest = async (collection, sort = '-updatedAt') =>
    (await (await fetch(`${base}/api/${collection}?limit=1&sort=${sort}&depth=0`, { headers })).json()).docs[0]
  /** Publishes the newest document of `collection` again (a save with no change still expires its tags). */
  const republish = async (collection) => {
    const doc = await newest(collection)
    const saved = await fetch(`${base}/api/${collection}/${doc.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish ${collection}/${doc.id}: ${saved.status}`)
  }
  const category = (await (await fetch(`${base}/api/news-categories?limit=1&depth=0`)).json()).docs[0]
  // The first list request after a start has the proxy read its table of list pages (every list's first
  // page, whole and per filter value): lists are rendered per request until it has.
  const tableStarted = performance.now()
  while ((await fetch(`${base}/tin-tuc?trang=2`)).headers.get('x-nextjs-cache') !== 'HIT') {
    if (performance.now() - tableStarted > 60_000) throw new Error('lists not static 60 s after the first list request')
    await sleep(100)
  }
  note('lists static after the first list request', ms(performance.now() - tableStarted))
  const lists = [
    ['procedures', '/thu-tuc-hanh-chinh', 'procedures'],
    ['procedures (en)', '/en/procedures', 'procedures'],
    ['online services', '/dich-vu-cong-truc-tuyen', 'procedures'],
    ['documents', '/van-ban', 'legal-documents'],
    ['news', '/tin-tuc', 'news'],
    ['news (en)', '/en/news', 'news'],
    ['news category', `/tin-tuc/chuyen-muc/${category.slug}`, 'news'],
    ['press releases', '/bao-chi', 'news'],
    ['events', '/su-kien', 'events'],
    ['answered feedback', '/phan-anh-kien-nghi/hoi-dap', null],
  ]
  /** What a list page says it shows is nothing ("Không có kết quả phù hợp", "No matching results"). */
  const noResults = (html) => /role="status">(?:Không có|No matching)/.test(html)
  /**
   * The list filtered by the first option of its first filter (a static page, as every value a list
   * offers); with the first option of its second filter that gives results (a static page too, once the
   * proxy has its count) and the first that gives none (kept in memory only, once the proxy has its
   * count), if it has two filters.
   */
  const filteredPaths = async (listPath, html) => {
    const selects = [...html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)].map(([, name, options]) => [
      name,
      [...options.matchAll(/<option value="([^"]+)"/g)].map(([, value]) => value.replace(/&amp;/g, '&')),
    ])
    if (!selects[0]?.[1].length) return []
    const one = [[selects[0][0], selects[0][1][0]]]
    const paths = [`${listPath}?${new URLSearchParams(one)}`]
    const found = { some: null, none: null }
    for (const value of selects[1]?.[1] ?? []) {
      const path = `${listPath}?${new URLSearchParams([...one, [selects[1][0], value]])}`
      found[noResults((await get(path)).body) ? 'none' : 'some'] ??= path
      if (found.some && found.none) break
    }
    return [...paths, found.some, found.none].filter(Boolean)
  }
  const rows = []
  let largest = 0
  for (const [label, listPath, collection] of lists) {
    // The last page, as the list's own paging links it (?trang=N, or /trang/N for a category).
    const { body } = await get(listPath)
    const pages = [...body.matchAll(/href="([^"]*(?:[?&]trang=|\/trang\/)(\d+))"/g)]
    const last = pages.sort((a, b) => Number(b[2]) - Number(a[2]))[0]
    const lastPath = last ? last[1].replace(/&amp;/g, '&') : listPath
    const filtered = await filteredPaths(listPath, body)
    if (collection) await republish(collection)
    for (const pagePath of new Set([listPath, lastPath, ...filtered])) {
      const cold = await get(pagePath)
      // After the second expiry that follows a publish by 2 s (cms/revalidation.ts settleLater), and the render it asks for.
      await sleep(2300)
      await get(pagePath)
      // Warm as on a server in use: a page rendered per request takes longer for its first few renders,
      // until the runtime has compiled its code (about 25 ms, then 15).
      const early = []
      for (let i = 0; i < WARM_UP; i++) early.push((await get(pagePath)).ms)
      const warm = []
      let cache = null
      for (let i = 0; i < 10; i++) {
        const answer = await get(pagePath)
        warm.push(answer.ms)
        cache = answer.cache
      }
      largest = Math.max(largest, cold.bytes)
      rows.push({
        list: label,
        page: pagePath === listPath ? '1' : decodeURIComponent(pagePath.slice(listPath.length)),
        status: cold.status,
        'first ms': Math.round(cold.ms),
        'early ms': Math.round(percentile(early.slice(0, 10), 50)),
        'warm ms': Math.round(percentile(warm, 50)),
        KB: Math.round(cold.bytes / 1024),
        'no results': noResults(cold.body) ? 'yes' : '',
        // HIT: from the page cache (a static page, or one kept in memory); none: rendered per request.
        cache: cache ?? '-',
      })
    }
  }
  console.table(rows)
  note('lists, slowest first render', `${Math.max(...rows.map((row) => row['first ms']))} ms`)
  note('lists, slowest warm', `${Math.max(...rows.map((row) => row['warm ms']))} ms`)
  note('largest list page', `${Math.round(largest / 1024)} KB`)

  // What the page cache may hold of the lists at most, whatever a client asks for (domain/listPage.ts
  // staticListTarget): each list's pages, whole and filtered by each value it offers (a combination of filters only when it has that page).
  const { lists: table } = await (await fetch(`${base}/next/list-pages`)).json()
  let views = 0
  let pagesAtMost = 0
  for (const byList of Object.values(table))
    for (const { pages, filters } of Object.values(byList)) {
      const bounds = [pages, ...Object.values(filters).flatMap((counts) => Object.values(counts))]
      views += bounds.length
      pagesAtMost += bounds.reduce((sum, bound) => sum + Math.max(1, bound), 0)
    }
  note(
    'static list pages, at most (both languages)',
    `${pagesAtMost} for ${views} lists whole or by one filter value; combinations add only pages with results on disk (page 1 of one without results is kept in memory only)`,
  )

  // A detail page that the build did not prerender: the oldest procedure.
  const oldest = (await (await fetch(`${base}/api/procedures?limit=1&sort=createdAt&depth=0`)).json()).docs[0]
  const detail = `/thu-tuc-hanh-chinh/${oldest.slug}`
  const cold = await get(detail)
  const warm = []
  for (let i = 0; i < 5; i++) warm.push((await get(detail)).ms)
  note('detail page (not prerendered)', `first ${ms(cold.ms)}, warm ${ms(percentile(warm, 50))}, ${Math.round(cold.bytes / 1024)} KB`)

  // 5. Publish → live, and writes through the server.
  // The latest news item by its date: on the first page of /tin-tuc.
  const news = await newest('news', '-publishedAt')
  const lags = []
  for (let round = 1; round <= 3; round++) {
    const title = `${news.title.replace(/ \[bench \d+\]$/, '')} [bench ${Date.now()}]`
    const started = performance.now()
    const saved = await fetch(`${base}/api/news/${news.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish news/${news.id}: ${saved.status}`)
    const escaped = title.replace(/&/g, '&amp;')
    const liveAt = async (pagePath) => {
      while (!(await get(pagePath)).body.includes(escaped)) {
        if (performance.now() - started > 30_000) throw new Error(`${pagePath} not live after 30 s`)
        await sleep(20)
      }
      return performance.now() - started
    }
    const [page, list] = await Promise.all([liveAt(`/tin-tuc/${news.slug}`), liveAt('/tin-tuc')])
    lags.push(page, list)
  }
  note('publish → live (page and /tin-tuc, 3 rounds)', `max ${ms(Math.max(...lags))}, median ${ms(percentile(lags, 50))}`)
  const writes = []
  for (let n = 0; n < 20; n++) {
    const started = performance.now()
    const created = await fetch(`${base}/api/news`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: `Bench scale ${Date.now()} ${n}`,
        kind: 'news',
        excerpt: 'Bench.',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      }),
    })
    if (!created.ok) throw new Error(`create news: ${created.status} ${await created.text()}`)
    writes.push(performance.now() - started)
  }
  note('create a published news item through REST (20)', `p50 ${ms(percentile(writes, 50))}, max ${ms(Math.max(...writes))}`)
  note('server memory at the end', mib(residentKiB(app.child.pid)))
} finally {
  await app.stop()
}
console.info(`\nbench/scale, ${total} documents:`)
for (const [label, value] of figures) console.info(`  ${label.padEnd(48)} ${value}`)
process.exit(0)
