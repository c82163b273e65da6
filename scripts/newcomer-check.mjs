/*
 * A newcomer's first hour (issue 17), in this checkout: `npm run demo` on a free port, sign in with the
 * login it prints (POST /api/users/login), stop it with Ctrl-C (exit 0 expected), run the README's test
 * command `npm test` (or, given a vitest file, only that file: quicker), then `npm run demo` again: it must
 * reuse the first build (scripts/build-reuse.mjs) and render its pages afresh rather than serve the
 * prerendered ones, and sign-in must take what it prints now (the same password); SIGTERM stops it (exit 0).
 * Also checked: the demo answers on loopback only, its server runs with Next's telemetry off and nothing
 * printed Next's telemetry notice. A failing demo step does not keep the tests from running, and failing
 * tests do not stop the second demo. Ends with each step's time; with `npm test`, with its suites' lines and
 * its `N passed, N failed` line counting this check as one more; exits 1 when anything failed.
 * It uses the checkout's own demo (data/cchc.db, .next) as `npm run demo` does, building once (several
 * minutes): run it after `npm ci` in a fresh clone (.ci/run does).
 * Usage: node scripts/newcomer-check.mjs [vitest file that seeds, e.g. tests/int/search.int.spec.ts]
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const TEST_FILE = process.argv[2]
const READY_MS = 20 * 60_000
const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-newcomer-')), 'output.log')

// A newcomer's shell: none of the variables that would point the demo elsewhere or turn telemetry off for it.
const env = { ...process.env }
for (const name of [
  'DATABASE_URL',
  'SITE_URL',
  'HOST',
  'LISTEN_ADDRESS',
  'PORT',
  'NEXT_DIST_DIR',
  'MEDIA_DIR',
  'IMPORTS_DIR',
  'PAYLOAD_SECRET',
  'INTERNAL_URL',
  'SEED_ADMIN_EMAIL',
  'SEED_ADMIN_PASSWORD',
  'NEXT_TELEMETRY_DISABLED',
  'TEST_MONGODB_URL',
])
  delete env[name]

const timings = []
const started = Date.now()
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`
async function step(name, action) {
  const start = Date.now()
  process.stdout.write(`newcomer-check: ${name}… `)
  const result = await action()
  timings.push([name, Date.now() - start])
  console.info(`ok (${seconds(Date.now() - start)})`)
  return result
}
/** A failed check: ends the demo's part of the sequence, not the tests. */
class CheckFailure extends Error {}
/** The demo under way, stopped when a check fails. */
let running = null
function fail(message) {
  if (running) process.kill(-running.pid, 'SIGTERM')
  running = null
  console.info('FAILED')
  const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-40).join('\n') : ''
  console.error(`${tail}\n\nnewcomer-check: ${message} (whole output: ${log})`)
  throw new CheckFailure(message)
}

async function freePort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A command in its own process group (so a Ctrl-C can reach the whole group), its output appended to the log (and shown, with `show`). */
function start(command, args, { show = false, ...extra } = {}) {
  fs.appendFileSync(log, `\n$ ${command} ${args.join(' ')}\n`)
  const child = spawn(command, args, { env: { ...env, ...extra }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  for (const [stream, shown] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])
    stream.on('data', (chunk) => {
      output += chunk
      fs.appendFileSync(log, chunk)
      if (show) shown.write(chunk)
    })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return { child, exited, output: () => output }
}

/** Processes whose `/proc/<pid>/stat` field (1 parent, 2 process group) is `value`. */
const processesWith = (field, value) =>
  fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[field] === String(value)
      } catch {
        return false
      }
    })
    .map(Number)
const descendants = (pid) => processesWith(1, pid).flatMap((child) => [child, ...descendants(child)])
const commandLine = (pid) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  } catch {
    return ''
  }
}

async function login(base, email, password) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json().catch(() => ({}))
  if (response.status !== 200 || !body.token) fail(`sign-in as ${email} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
}

/** The demo up: the login it printed, checked to sign in, on loopback only, telemetry off. */
async function demo(port) {
  const base = `http://127.0.0.1:${port}`
  const run = start('npm', ['run', 'demo'], { PORT: String(port) })
  running = run.child
  let ended = null
  void run.exited.then((result) => (ended = result))
  const credentials = await step('npm run demo until it serves', async () => {
    for (const deadline = Date.now() + READY_MS; Date.now() < deadline;) {
      if (ended) fail(`npm run demo ended before serving (exit ${ended.code ?? ended.signal})`)
      const printed = /admin login: (\S+) \/ (\S+)/.exec(run.output())
      const up =
        printed &&
        (await fetch(`${base}/api/procedures?limit=1`).then(
          (response) => response.ok,
          () => false,
        ))
      if (up) return { email: printed[1], password: printed[2] }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    fail('npm run demo did not serve within 20 minutes')
  })
  await step(`sign in as ${credentials.email} with the printed password`, () => login(base, credentials.email, credentials.password))
  await step('only loopback answers; telemetry off', async () => {
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address.address)
    for (const address of outside) {
      const answered = await new Promise((resolve) => {
        const socket = net.connect({ host: address, port, timeout: 2000 }, () => {
          socket.destroy()
          resolve(true)
        })
        socket.on('error', () => resolve(false))
        socket.on('timeout', () => {
          socket.destroy()
          resolve(false)
        })
      })
      if (answered) fail(`the demo answers on ${address}:${port}, not only on loopback`)
    }
    const server = descendants(run.child.pid).find((pid) => commandLine(pid).includes('scripts/server.mjs'))
    if (!server) fail('no scripts/server.mjs process under npm run demo')
    const serverEnv = fs.readFileSync(`/proc/${server}/environ`, 'utf8').split('\0')
    if (!serverEnv.includes('NEXT_TELEMETRY_DISABLED=1')) fail('the demo server runs without NEXT_TELEMETRY_DISABLED=1')
    if (/collects completely anonymous telemetry/i.test(run.output())) fail("the demo printed Next's telemetry notice")
    if (/Network:/.test(run.output())) fail('the demo printed a network address')
    // This machine's own names and addresses, as Next's "Network:" line would print them (a link to
    // nextjs.org, e.g. the "No build cache found" warning a build prints under CI, is not one).
    const own = new Set([os.hostname(), ...outside, ...outside.map((address) => `[${address}]`), '0.0.0.0', '[::]'])
    const urls = [...run.output().matchAll(/https?:\/\/(\[[^\]]+\]|[^/:\s]+)/g)].map((match) => match[1])
    const exposed = urls.filter((host) => own.has(host))
    if (exposed.length) fail(`the demo printed addresses other than loopback: ${[...new Set(exposed)].join(', ')}`)
  })
  return { ...run, credentials }
}

async function stop(run, how) {
  await step(`stop the demo (${how}), exit 0 expected`, async () => {
    if (how === 'Ctrl-C') process.kill(-run.child.pid, 'SIGINT')
    else process.kill(run.child.pid, 'SIGTERM')
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      process.kill(-run.child.pid, 'SIGKILL')
    }, 30_000)
    const { code, signal } = await run.exited
    running = null
    clearTimeout(timer)
    if (killed) fail('the demo did not stop within 30 s')
    if (code !== 0) fail(`npm run demo exited ${code ?? signal} on ${how}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const left = processesWith(2, run.child.pid)
    if (left.length) fail(`processes of the demo left running after the stop: ${left.map(commandLine).join('; ')}`)
  })
}

/**
 * The second demo reused the first build, and its pages were dropped: each renders now (Next answers
 * x-nextjs-cache MISS, not HIT from a prerendered file) for a route without parameters, one listed by
 * generateStaticParams, a route handler, and an unknown path (404 with the site's not-found page).
 */
async function reusedBuildRendersAfresh(run, port) {
  await step('the second demo reused the build; its pages render afresh', async () => {
    if (!/Reusing the build/.test(run.output())) fail('the second demo did not reuse the first build')
    const base = `http://127.0.0.1:${port}`
    const sitemap = await fetch(`${base}/sitemap.xml`)
    const procedure = /<loc>https?:\/\/[^/<]+(\/thu-tuc-hanh-chinh\/[^<]+)<\/loc>/.exec(await sitemap.text())?.[1]
    if (sitemap.headers.get('x-nextjs-cache') === 'HIT') fail('/sitemap.xml came from the build, not from the database')
    if (!procedure) fail('/sitemap.xml lists no procedure page')
    for (const [pathname, status] of [
      ['/', 200],
      [procedure, 200],
      ['/feed.xml', 200],
      ['/khong-co-trang-nay', 404],
    ]) {
      const response = await fetch(`${base}${pathname}`)
      const body = await response.text()
      if (response.status !== status) fail(`${pathname} answered ${response.status}, not ${status}`)
      if (response.headers.get('x-nextjs-cache') === 'HIT') fail(`${pathname} came from the build, not from the database`)
      if (status === 404 && !/<html/i.test(body)) fail(`${pathname} answered 404 without the site's not-found page`)
    }
  })
}

/** The middle step: `npm test` shown as it runs (its exit code and last lines kept), or one vitest file. */
async function runTests() {
  const [command, args] = TEST_FILE ? ['npx', ['vitest', 'run', TEST_FILE]] : ['npm', ['test']]
  const name = `${command} ${args.join(' ')}`
  console.info(`newcomer-check: ${name}${TEST_FILE ? ' (seeds a database of its own)' : ''}…`)
  const begun = Date.now()
  const run = start(command, args, { show: !TEST_FILE })
  const { code } = await run.exited
  timings.push([name, Date.now() - begun])
  console.info(`newcomer-check: ${name} ${code === 0 ? 'passed' : `failed (exit ${code})`} (${seconds(Date.now() - begun)})`)
  return { code, output: run.output() }
}

/** `npm test`'s suite lines and its counts, from the end of its output (scripts/test.mjs); null when it ended otherwise. */
function testSummary(output) {
  const lines = output.trimEnd().split('\n')
  const counts = /^(\d+) passed, (\d+) failed$/.exec(lines.at(-1) ?? '')
  if (!counts) return null
  const suites = []
  for (let i = lines.length - 3; i >= 0 && lines[i].trim(); i--) suites.unshift(lines[i])
  return { suites, passed: Number(counts[1]), failed: Number(counts[2]) }
}

console.info(`newcomer-check in ${process.cwd()} (output: ${log})`)
const port = await freePort()
/** The first check that failed, if any; the tests run either way. */
let problem = null
const checked = async (part) => {
  if (problem) return
  try {
    await part()
  } catch (error) {
    if (!(error instanceof CheckFailure)) throw error
    problem = error.message
  }
}

let first = null
await checked(async () => {
  first = await demo(port)
  await stop(first, 'Ctrl-C')
})
const tests = await runTests()
await checked(async () => {
  const second = await demo(port)
  await reusedBuildRendersAfresh(second, port)
  if (second.credentials.password !== first.credentials.password)
    fail('the second demo printed another password than the first (the test replaced the login)')
  await stop(second, 'SIGTERM')
})

console.info(`\nnewcomer check ${problem ? `FAILED: ${problem}` : 'passed'}; the time of each step:`)
for (const [name, ms] of timings) console.info(`  ${seconds(ms).padStart(6)}  ${name}`)
console.info(`  ${seconds(Date.now() - started).padStart(6)}  in all`)
const newcomer = `${problem ? '✗' : '✓'} newcomer check: demo, sign-in, stop, ${TEST_FILE ?? 'npm test'}, demo again on the same build and password`
if (TEST_FILE) {
  console.info(`\n${TEST_FILE}: ${tests.code === 0 ? 'passed' : 'failed'}\n${newcomer}`)
} else {
  // The tests' summary again, last, with this check counted as one more: a CI log's tail says it all.
  const summary = testSummary(tests.output) ?? {
    suites: [`✗ npm test ended without its summary (exit ${tests.code})`],
    passed: 0,
    failed: 1,
  }
  console.info(`\n${[...summary.suites, newcomer].join('\n')}\n`)
  console.info(`${summary.passed + (problem ? 0 : 1)} passed, ${summary.failed + (problem ? 1 : 0)} failed`)
}
process.exit(problem || tests.code !== 0 ? 1 : 0)
