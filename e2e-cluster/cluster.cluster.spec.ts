import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'
import autocannon from 'autocannon'

import { hasRedis, startApp, startRedis } from '../scripts/cluster.mjs'
import { startNginx } from '../scripts/nginx.mjs'
import { cluster } from './server-env'

type App = Awaited<ReturnType<typeof startApp>>
let redis: Awaited<ReturnType<typeof startRedis>>
let nginx: Awaited<ReturnType<typeof startNginx>>
let a: App
let b: App
let token: string

/** What an instance printed so far (its log is named by its port: A first, B second). */
const logOf = (app: App) => fs.readFileSync(cluster.log(app.port === cluster.appPorts[0] ? 'a' : 'b'), 'utf8')
const headers = () => ({ Authorization: `JWT ${token}`, 'content-type': 'application/json' })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function api(app: App, method: string, route: string, body?: unknown) {
  const response = await fetch(app.url + route, { method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${route} on port ${app.port}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/**
 * Queues publications as the admin's "Schedule publish" does (e2e/support/schedule-publish.ts), in a
 * child process awaited without blocking this one (a blocked test process would reuse kept-alive
 * connections the servers have closed meanwhile).
 */
const schedulePublish = (ids: string, seconds: number) =>
  promisify(execFile)('node', ['scripts/run-ts.mjs', 'e2e/support/schedule-publish.ts', 'news', ids, String(seconds)], {
    env: { ...process.env, ...cluster.env },
  })

const page = (url: string) =>
  fetch(url, { redirect: 'manual' }).then(async (response) => ({ status: response.status, html: await response.text() }))

const citizen = {
  name: 'Trần Văn Bình',
  phone: '0912 345 678',
  subject: 'Hỏi về thời hạn giải quyết',
  message: 'Thời hạn giải quyết thủ tục cấp phiếu lý lịch tư pháp là bao nhiêu ngày làm việc?',
  consent: true,
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const distDir = cluster.env.NEXT_DIST_DIR
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`no build in ${distDir}: run the main e2e suite first (npm test does), which seeds and builds it`)
  if (!hasRedis()) throw new Error('redis-server is missing: sudo apt-get install -y redis-server (npm test installs it when run as root)')
  redis = await startRedis(cluster.redisPort)
  const [portA, portB] = cluster.appPorts
  const instance = (port: number, name: string) => {
    fs.rmSync(cluster.log(name), { force: true })
    return startApp({
      port,
      log: cluster.log(name),
      env: { ...cluster.env, REDIS_URL: redis.url, INTERNAL_URL: `http://127.0.0.1:${port}` },
    })
  }
  ;[a, b] = await Promise.all([instance(portA, 'a'), instance(portB, 'b')])
  nginx = await startNginx({
    port: cluster.nginxPort,
    appPorts: cluster.appPorts,
    staticDir: path.join(distDir, 'static'),
    accessLog: false,
  })
  const login = await fetch(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cluster.admin),
  })
  token = (await login.json()).token
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await nginx?.stop()
  if (nginx) fs.rmSync(nginx.dir, { recursive: true, force: true })
  await redis?.stop()
})

test('both instances share one page cache on Redis: a change saved through A is live on B within 2 s', async () => {
  const title = `Tin hai máy chủ ${Date.now()}`
  // Published through B, which renders the new page on the first request and keeps it in Redis: A,
  // which never rendered it, answers from that copy.
  const { doc } = await api(b, 'POST', '/api/news', { title, kind: 'announcement', _status: 'published' })
  const path = `/tin-tuc/${doc.slug}`
  await expect.poll(async () => (await fetch(b.url + path)).headers.get('x-nextjs-cache'), { timeout: 5_000 }).toBe('HIT')
  const cached = await fetch(a.url + path)
  expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
  expect(await cached.text()).toContain(title)

  const changed = `${title} (đã sửa)`
  await api(a, 'PATCH', `/api/news/${doc.id}`, { title: changed })
  const saved = Date.now()
  await expect.poll(async () => (await page(b.url + path)).html.includes(changed), { timeout: 2_000, intervals: [100] }).toBe(true)
  console.info(`publish through A → live on B: ${Date.now() - saved} ms`)
  await expect.poll(async () => (await page(`${b.url}/tin-tuc`)).html.includes(changed), { timeout: 2_000, intervals: [100] }).toBe(true)
  await api(a, 'DELETE', `/api/news/${doc.id}`)
})

test('the sixth feedback from one address is refused whichever instance gets it', async () => {
  const from = { 'x-forwarded-for': '203.0.113.66', 'content-type': 'application/json' }
  const post = (app: App) =>
    fetch(`${app.url}/api/feedback/submit`, { method: 'POST', headers: from, body: JSON.stringify(citizen) }).then(
      (response) => response.status,
    )
  const statuses = []
  for (const app of [a, b, a, b, a]) statuses.push(await post(app))
  expect(statuses).toEqual([201, 201, 201, 201, 201])
  expect(await post(b)).toBe(429)
  expect(await post(a)).toBe(429)
})

test('a scheduled publication happens exactly once, though both instances look for due jobs every second', async () => {
  test.setTimeout(120_000)
  const drafts = []
  for (let i = 0; i < 3; i++) {
    const { doc } = await api(a, 'POST', '/api/news?draft=true', {
      title: `Hẹn giờ hai máy chủ ${i} ${Date.now()}`,
      kind: 'announcement',
      _status: 'draft',
    })
    drafts.push(doc)
  }
  await schedulePublish(drafts.map((doc) => doc.id).join(','), 3)
  for (const doc of drafts)
    await expect
      .poll(async () => (await page(`${cluster.url}/tin-tuc/${doc.slug}`)).status, { timeout: 60_000, intervals: [1_000] })
      .toBe(200)
  // Give a second runner, if there were one, time to publish again.
  await sleep(3_000)
  for (const doc of drafts) {
    const versions = await api(a, 'GET', `/api/news/versions?where[parent][equals]=${doc.id}&limit=100&depth=0`)
    const published = versions.docs.filter((version: { version: { _status: string } }) => version.version._status === 'published')
    expect(published, `published versions of ${doc.slug}`).toHaveLength(1)
    await api(a, 'DELETE', `/api/news/${doc.id}`)
  }
  const runners = [a, b].filter((app) => holdsLease(app))
  expect(runners.length, 'instances that took the jobs lease').toBe(1)
})

/** Whether `app` has said that it took the jobs lease. */
const holdsLease = (app: App) => logOf(app).includes('runs the queue')

test('stopping instance A (the one running the jobs) during a 20-second load run through nginx loses no request', async () => {
  test.setTimeout(90_000)
  // A query of their own per request: nginx's one-second copies cannot answer them, the instances must.
  const paths = ['/', '/tin-tuc', '/thu-tuc-hanh-chinh', '/van-ban', '/en', '/en/news', '/gioi-thieu']
  let n = 0
  const run = autocannon({
    url: cluster.url,
    connections: 8,
    duration: 20,
    requests: [
      { method: 'GET', setupRequest: (request: autocannon.Request) => ({ ...request, path: `${paths[n++ % paths.length]}?lan=${n}` }) },
    ],
  })
  await sleep(8_000)
  // From here on "A" is the instance that held the jobs lease, so that the next test sees the other take over.
  if (!holdsLease(a)) [a, b] = [b, a]
  const stopped = Date.now()
  await a.stop('SIGTERM')
  console.info(`instance A (port ${a.port}) stopped in ${Date.now() - stopped} ms`)
  const result = await run
  console.info(
    `${result.requests.total} requests in 20 s: ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`,
  )
  expect(result['2xx']).toBeGreaterThan(0)
  expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({ non2xx: 0, errors: 0, timeouts: 0 })
})

test('after A stopped, B runs the jobs: a scheduled publication still goes live', async () => {
  test.setTimeout(90_000)
  const { doc } = await api(b, 'POST', '/api/news?draft=true', {
    title: `Sau khi dừng máy A ${Date.now()}`,
    kind: 'announcement',
    _status: 'draft',
  })
  await schedulePublish(doc.id, 2)
  await expect.poll(async () => (await page(`${b.url}/tin-tuc/${doc.slug}`)).status, { timeout: 60_000, intervals: [1_000] }).toBe(200)
  expect(holdsLease(b), 'B took the jobs lease').toBe(true)
  await api(b, 'DELETE', `/api/news/${doc.id}`)
})

test('a Redis that stops answering delays a page by seconds, not minutes; a change saved meanwhile is not undone when it answers again', async () => {
  test.setTimeout(90_000)
  const title = `Tin khi Redis treo ${Date.now()}`
  const { doc } = await api(b, 'POST', '/api/news', { title, kind: 'announcement', _status: 'published' })
  const path = `/tin-tuc/${doc.slug}`
  await expect.poll(async () => (await fetch(b.url + path)).headers.get('x-nextjs-cache'), { timeout: 5_000 }).toBe('HIT')

  redis.pause()
  try {
    const started = Date.now()
    expect((await page(b.url + path)).status).toBe(200)
    console.info(`a cached page while Redis hangs: ${Date.now() - started} ms`)
    await expect.poll(async () => (await (await fetch(`${b.url}/next/health`)).json()).redis, { timeout: 5_000 }).toBe('unreachable')
    const changed = `${title} (sửa khi Redis treo)`
    await api(b, 'PATCH', `/api/news/${doc.id}`, { title: changed })
    // B renders it from the database meanwhile.
    await expect.poll(async () => (await page(b.url + path)).html.includes(changed), { timeout: 5_000 }).toBe(true)
    redis.resume()
    await expect.poll(async () => (await (await fetch(`${b.url}/next/health`)).json()).redis, { timeout: 10_000 }).toBe('ready')
    // Redis still held the copy from before the change: the expiry it missed was replayed, so it is not served.
    await expect.poll(async () => (await page(b.url + path)).html.includes(changed), { timeout: 5_000 }).toBe(true)
    expect((await page(cluster.url + path)).html).toContain(changed)
  } finally {
    redis.resume()
  }
  await api(b, 'DELETE', `/api/news/${doc.id}`)
})

test('with Redis stopped, pages are still served and the health check says Redis is unreachable', async () => {
  await redis.stop()
  for (const path of ['/', '/tin-tuc', '/thu-tuc-hanh-chinh', '/en/news']) {
    expect((await page(b.url + path)).status, path).toBe(200)
    expect((await page(cluster.url + path)).status, path).toBe(200)
  }
  await expect.poll(async () => (await (await fetch(`${b.url}/next/health`)).json()).redis, { timeout: 10_000 }).toBe('unreachable')
  // The instance still takes feedback (counted on its own meanwhile), and logs the outage once.
  const feedback = await fetch(`${b.url}/api/feedback/submit`, {
    method: 'POST',
    headers: { 'x-forwarded-for': '203.0.113.67', 'content-type': 'application/json' },
    body: JSON.stringify({ ...citizen, subject: 'Gửi khi Redis dừng' }),
  })
  expect(feedback.status).toBe(201)
  // Once per outage: the hang above, and this stop.
  expect(logOf(b).match(/redis: unreachable/g)).toHaveLength(2)
})
