/* `npm test`: type check, lint, vitest (unit + integration), Playwright e2e; one summary line at the end. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { hasRedis } from './cluster.mjs'
import { hasBrotli, hasNginx } from './nginx.mjs'
import { logTail, run } from './run.mjs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0

/** Debian packages (space-separated) the e2e suite needs: installed with apt when missing and running as root. */
async function ensure(name, present, pkg, hint = '') {
  if (present()) return true
  if (process.getuid?.() === 0) {
    console.info(`${name} is missing: installing Debian's ${pkg} with apt-get…`)
    const code =
      (await run('apt-get', ['update', '-qq'])) ||
      (await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkg.split(' ')]))
    if (code === 0 && present()) return true
  }
  console.error(`The e2e tests need ${name}. Install it with:\n  sudo apt-get update && sudo apt-get install -y ${pkg}${hint}`)
  return false
}

const ensureChromium = () =>
  ensure(
    `Debian's Chromium at ${chromium}`,
    () => fs.existsSync(chromium),
    'chromium',
    '\n(or set CHROMIUM_PATH to another Chromium binary).',
  )
// The Nu HTML checker (vnu-jar) in the e2e suite runs on Java.
const ensureJava = () => ensure('Java (for the Nu HTML checker)', hasJava, 'default-jre-headless')
// The suite through nginx (playwright.nginx.config.ts) runs Debian's nginx with its own prefix, never the system service.
const ensureNginx = () =>
  ensure("Debian's nginx with its brotli module", () => hasNginx() && hasBrotli(), 'nginx libnginx-mod-http-brotli-filter')
// The suite of two app instances (playwright.cluster.config.ts) starts its own redis-server.
const ensureRedis = () => ensure("Debian's redis-server", hasRedis, 'redis-server')

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

let passed = 0
let failed = 0
const results = []
/** The failed tests by name with their first error line, repeated at the end so that a log's tail says what failed. */
const failures = []
const firstLine = (text = '') =>
  (
    text
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .find((line) => line.trim()) ?? ''
  )
    .trim()
    .slice(0, 300)

const vitestFailures = (report) =>
  report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`),
  )

function playwrightFailures(report) {
  const found = []
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const error = test.results.find((result) => result.errors?.length)?.errors[0]
          found.push(`${spec.file}:${spec.line} › ${spec.title}${test.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(error?.message)}`)
        }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  for (const error of report.errors ?? []) found.push(`(outside a test): ${firstLine(error.message)}`)
  return found
}

/** Says what is being done, so that a step running silently (tsc, eslint) does not look stuck. */
const step = (name, command, args) => console.info(`\n▶ ${name}: ${command} ${args.join(' ')}`)

async function check(name, command, args) {
  step(name, command, args)
  const started = Date.now()
  const code = await run(command, args)
  console.info(`${code === 0 ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  results.push(`${code === 0 ? '✓' : '✗'} ${name}`)
  if (code === 0) passed++
  else failed++
  return code
}

async function suite(name, command, args, reportFile, count, listFailures, serverLog) {
  fs.rmSync(reportFile, { force: true })
  step(name, command, args)
  const started = Date.now()
  const code = await run(command, args)
  console.info(`${name}: ended in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  const report = readJson(reportFile)
  const counts = report ? count(report) : { passed: 0, failed: 1 }
  // A runner that fails without failing a test (a crash, a server that did not start) still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1
  if (report) failures.push(...listFailures(report).map((line) => `${name}: ${line}`))
  // The server's output is kept out of the suite's; when something failed, its end is shown here.
  if (code !== 0 && serverLog && fs.existsSync(serverLog))
    console.info(`\n--- the last lines of ${serverLog} (the server of ${name}) ---\n${logTail(serverLog)}\n---`)
  passed += counts.passed
  failed += counts.failed
  results.push(`${code === 0 ? '✓' : '✗'} ${name}: ${counts.passed} passed, ${counts.failed} failed`)
}

/** A Playwright suite (its config's JSON report), counted like the others. */
const playwrightSuite = (name, configArgs, reportFile, serverLog) =>
  suite(
    name,
    'npx',
    ['playwright', 'test', ...configArgs],
    reportFile,
    (report) => ({
      passed: report.stats.expected,
      failed: report.stats.unexpected + report.stats.flaky,
    }),
    playwrightFailures,
    serverLog,
  )

fs.mkdirSync('test-results', { recursive: true })
// The e2e build then skips Next's own type check of the same files (next.config.ts, SKIP_BUILD_TYPE_CHECK).
if ((await check('type check', 'npx', ['tsc', '--noEmit'])) === 0) process.env.SKIP_BUILD_TYPE_CHECK = '1'
await check('lint', 'npx', ['eslint', '.'])
await check('format', 'npx', ['prettier', '--check', '.'])
// The integration tests run on SQLite, then once more on the MongoDB server of TEST_MONGODB_URL when it is
// set (each file on a throw-away database there: tests/fixtures/payload.ts; README "Running with MongoDB").
const testMongodbUrl = process.env.TEST_MONGODB_URL?.trim()
delete process.env.TEST_MONGODB_URL
const vitestCounts = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests })
await suite(
  'vitest',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  'test-results/vitest.json',
  vitestCounts,
  vitestFailures,
)
if (testMongodbUrl) {
  process.env.TEST_MONGODB_URL = testMongodbUrl
  await suite(
    'vitest on MongoDB',
    'npx',
    ['vitest', 'run', 'tests/int', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest-mongodb.json'],
    'test-results/vitest-mongodb.json',
    vitestCounts,
    vitestFailures,
  )
} else {
  const skipped = 'vitest on MongoDB: skipped (set TEST_MONGODB_URL=mongodb://… to run the integration tests against MongoDB)'
  console.info(`\n${skipped}`)
  results.push(`- ${skipped}`)
}
// Where the e2e servers write their output (e2e/server-env.ts, E2E_SERVER_LOG).
const e2eSuffix = process.env.E2E_PORT ? `-${process.env.E2E_PORT}` : ''
const missing = [!(await ensureChromium()) && 'Chromium', !(await ensureJava()) && 'Java'].filter(Boolean)
if (missing.length === 0) {
  await playwrightSuite('playwright', [], 'test-results/e2e.json', `data/e2e${e2eSuffix}-server.log`)
} else {
  results.push(`✗ playwright: ${missing.join(' and ')} missing`)
  failed++
}
// After the main suite, on its build and database (no second build): the smoke tests through nginx.
if (missing.length === 0 && (await ensureNginx())) {
  await playwrightSuite(
    'playwright through nginx',
    ['-c', 'playwright.nginx.config.ts'],
    'test-results/e2e-nginx.json',
    `data/e2e${e2eSuffix}-nginx-app.log`,
  )
} else {
  results.push(`✗ playwright through nginx: ${missing.length ? missing.join(' and ') : 'nginx'} missing`)
  failed++
}

// Then two app instances with Redis and nginx in front, on the same build and database.
if (missing.length === 0 && (await ensureNginx()) && (await ensureRedis())) {
  await playwrightSuite(
    'playwright, two instances',
    ['-c', 'playwright.cluster.config.ts'],
    'test-results/e2e-cluster.json',
    `data/e2e${e2eSuffix}-cluster-a.log`,
  )
} else {
  results.push(`✗ playwright, two instances: ${missing.length ? missing.join(' and ') : 'nginx or redis-server'} missing`)
  failed++
}

if (failures.length) console.info(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`)
console.info(`\n${results.join('\n')}\n`)
console.info(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
