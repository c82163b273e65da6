/*
 * The production server (`npm start`, the e2e suite): `next start` with two additions.
 * - Each request carries the client address resolved from its socket peer, TRUSTED_PROXIES and the
 *   forwarded headers (scripts/client-address.mjs), in a header no client can set: Next alone only
 *   fills X-Forwarded-For from the socket when the client sent none, so a route cannot tell a forged
 *   address from a real one.
 * - Bounded query strings: Next's routing costs grow faster than the number of parameters (1,500 of
 *   them take 0.1–0.3 s on any path, before the app runs). Pages keep the first of each repeated
 *   parameter and at most MAX_PARAMETERS (no page reads more than a few); the API and admin answer 414.
 * - Timeouts against slow clients (headers, whole request, idle keep-alive).
 * - Public pages without JavaScript (scripts/script-free-pages.mjs): scripts and script preloads are
 *   taken out of every public HTML answer, and a failed render answers a server-written 500 page.
 * - A warning when SITE_URL differs from the one the build used (scripts/site-url.mjs); it keeps serving.
 * - Each answer counted for Prometheus (scripts/metrics.mjs: route group, status class, duration, cache).
 * PORT (3000); every interface as `next start` does, or only LISTEN_ADDRESS (127.0.0.1 behind nginx).
 */
import http from 'node:http'

import { CLIENT_HEADER, parseTrustedProxies, resolveClientAddress, STAMPED } from './client-address.mjs'
import { LOCAL_HEADER, observeRequest } from './metrics.mjs'
import { mayStripScripts, serverErrorPage, withoutScripts } from './script-free-pages.mjs'
import { builtSiteUrl, currentSiteUrl, siteUrlWarning } from './site-url.mjs'

process.env.NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = Number(process.env.PORT || 3000)
const address = process.env.LISTEN_ADDRESS?.trim() || undefined
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
if (process.env.TRUST_PROXY) console.warn('TRUST_PROXY is no longer read: list the reverse proxy addresses in TRUSTED_PROXIES')

const { default: next } = await import('next')
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()
// After prepare: Next has loaded .env files by now, as the build did.
const siteUrlChanged = siteUrlWarning(builtSiteUrl(process.env.NEXT_DIST_DIR || '.next'), currentSiteUrl())
if (siteUrlChanged) console.warn(siteUrlChanged)
globalThis[STAMPED] = true

export const MAX_PARAMETERS = 100

/** The request URL with a bounded query, or null when it must be refused. */
function boundedUrl(url) {
  const mark = url.indexOf('?')
  if (mark < 0) return url
  const pairs = url.slice(mark + 1).split('&')
  if (pairs.length <= MAX_PARAMETERS) return url
  const path = url.slice(0, mark)
  if (/^\/(?:api|admin|_next|next)(?:\/|$)/.test(path)) return null
  const seen = new Set()
  const kept = pairs.filter((pair) => {
    const name = pair.split('=', 1)[0]
    if (!name || seen.has(name)) return false
    seen.add(name)
    return true
  })
  return `${path}?${kept.slice(0, MAX_PARAMETERS).join('&')}`
}

const server = http.createServer((req, res) => {
  const url = boundedUrl(req.url ?? '/')
  if (url === null) {
    res
      .writeHead(414, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message: `At most ${MAX_PARAMETERS} query parameters` }] }))
    return
  }
  req.url = url
  req.headers[CLIENT_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    req.headers['x-real-ip'],
    trusted,
  )
  // Straight from this machine (a local scrape of /next/metrics), not through a proxy, which always forwards the client.
  const fromLoopback = /^(127\.|::1$|::ffff:127\.)/.test(req.socket.remoteAddress ?? '')
  req.headers[LOCAL_HEADER] = fromLoopback && !req.headers['x-forwarded-for'] && !req.headers['x-real-ip'] ? '1' : '0'
  const started = process.hrtime.bigint()
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    observeRequest(req.method ?? 'GET', url, res.statusCode, seconds, res.getHeader('x-nextjs-cache'))
  })
  withoutScripts(req, res)
  handle(req, res).catch((error) => {
    console.error(error)
    if (res.headersSent) return
    if (mayStripScripts(req)) res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(serverErrorPage(url.split('?')[0]))
    else res.writeHead(500).end()
  })
})
// Whole headers within 20 s, a whole request (a 20 MB upload on a slow line included) within 5 min,
// idle keep-alive connections closed after 6 s.
server.headersTimeout = 20_000
server.requestTimeout = 300_000
server.keepAliveTimeout = 6_000
server.listen(port, address, () => {
  console.log(
    `▲ Ready on http://${address ?? 'localhost'}:${port}${trusted.length ? ` (trusted proxies: ${process.env.TRUSTED_PROXIES})` : ''}`,
  )
  // Boots Payload, and with it the jobs runner (scheduled publishing, emails), before anyone visits.
  fetch(`http://${address ?? '127.0.0.1'}:${port}/next/health`).then(
    (response) =>
      response.status !== 200 &&
      console.error(
        `jobs: the start-up health check answered ${response.status}; the runner starts with the first request that reaches the database`,
      ),
    (error) => console.error(`jobs: the start-up health check failed (${error.message}); the runner starts with the first request`),
  )
})

/** What the app asks to do before the process ends (cms/jobs/runnerLease.ts: stop the jobs, hand the lease over). */
const stopHooks = (globalThis[Symbol.for('cchc.stopHooks')] ??= new Set())
const STOP_HOOKS_MS = 2_000
/** A request still running this long after a stop is cut off (systemd waits 90 s). */
const STOP_MS = 25_000

// A stop (a deploy, a restart) takes no new connection and ends each kept-alive one as soon as its
// request is answered (nginx sends what comes meanwhile to another instance), then exits.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    const hooks = Promise.race([
      Promise.allSettled([...stopHooks].map((hook) => hook())),
      new Promise((resolve) => setTimeout(resolve, STOP_HOOKS_MS).unref()),
    ])
    server.close(() => void hooks.then(() => process.exit(0)))
    server.closeIdleConnections()
    setInterval(() => server.closeIdleConnections(), 50).unref()
    setTimeout(() => process.exit(0), STOP_MS).unref()
  })
}
