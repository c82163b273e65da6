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
 * - One JSON log line per request, with its id (nginx's X-Request-Id or a new one, returned on the
 *   answer); every other line the process writes is JSON too (scripts/log.mjs, scripts/request-log.mjs).
 * Per request: scripts/request-handler.mjs.
 * PORT (3000); every interface as `next start` does, or only LISTEN_ADDRESS (127.0.0.1 behind nginx).
 */
import http from 'node:http'

import { parseTrustedProxies, STAMPED } from './client-address.mjs'
import { logger, routeConsole } from './log.mjs'
import { requestHandler } from './request-handler.mjs'
import { builtSiteUrl, currentSiteUrl, siteUrlWarning } from './site-url.mjs'

process.env.NODE_ENV = 'production'
const log = logger()
// Next's and libraries' console output becomes JSON lines too.
routeConsole(log)
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = Number(process.env.PORT || 3000)
const address = process.env.LISTEN_ADDRESS?.trim() || undefined
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
if (process.env.TRUST_PROXY) log.warn('TRUST_PROXY is no longer read: list the reverse proxy addresses in TRUSTED_PROXIES')

const { default: next } = await import('next')
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()
// After prepare: Next has loaded .env files by now, as the build did.
const siteUrlChanged = siteUrlWarning(builtSiteUrl(process.env.NEXT_DIST_DIR || '.next'), currentSiteUrl())
if (siteUrlChanged) log.warn(siteUrlChanged)
globalThis[STAMPED] = true

const server = http.createServer(requestHandler({ handle, trusted, log }))
// Whole headers within 20 s, a whole request (a 20 MB upload on a slow line included) within 5 min,
// idle keep-alive connections closed after 6 s.
server.headersTimeout = 20_000
server.requestTimeout = 300_000
server.keepAliveTimeout = 6_000
server.listen(port, address, () => {
  log.info(`Ready on http://${address ?? 'localhost'}:${port}${trusted.length ? ` (trusted proxies: ${process.env.TRUSTED_PROXIES})` : ''}`)
  // Boots Payload, and with it the jobs runner (scheduled publishing, emails) and the search index's load,
  // before anyone visits; then asks for the search page in both languages, so that the first citizen's
  // search does not pay for loading the page runtime (about 1 s on the first page after a start). Not a
  // list: its first request has the proxy read the table of list pages (guards/staticLists.ts), a read of
  // every list's first page that would slow the searches answered while the search index loads.
  // This server as a client reaches it: the address it is bound to, or 127.0.0.1 when bound to every
  // interface (`::` takes IPv4 too, and a host may have no IPv6 loopback).
  const bound = server.address()
  const host = ['0.0.0.0', '::'].includes(bound.address) ? '127.0.0.1' : bound.address
  const self = `http://${host.includes(':') ? `[${host}]` : host}:${bound.port}`
  fetch(`${self}/next/health`)
    .then(
      (response) =>
        response.status !== 200 &&
        log.error(
          `jobs: the start-up health check answered ${response.status}; the runner starts with the first request that reaches the database`,
        ),
      (error) => log.error(`jobs: the start-up health check failed (${error.message}); the runner starts with the first request`),
    )
    .then(async () => {
      for (const page of ['/tim-kiem', '/en/search']) await (await fetch(`${self}${page}`)).text()
    })
    .catch((error) => log.warn(`a start-up request for a page failed (${error.message})`))
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
