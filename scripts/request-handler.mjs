/**
 * What the production server (scripts/server.mjs) does with each request before and after Next's
 * handler: the request id, the resolved client address, bounded query strings, script-free public
 * pages, a 500 when the handler fails, the Prometheus counts and one log line (scripts/request-log.mjs).
 * A module of its own so that tests run it around a handler of their choosing.
 */
import { CLIENT_HEADER, isTrusted, resolveClientAddress } from './client-address.mjs'
import { LOCAL_HEADER, observeRequest } from './metrics.mjs'
import { answerLogged, REQUEST_ID_HEADER, requestIdOf, ROUTINE } from './request-log.mjs'
import { countInFlight } from './requests-in-flight.mjs'
import { mayStripScripts, serverErrorPage, withoutScripts } from './script-free-pages.mjs'

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

/** The path of a request target, in origin form (`/a?b`) or absolute form (`http://host/a?b`). */
const pathOf = (url) => url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?]*/i, '').split('?')[0]

/**
 * `(req, res)` for http.createServer: `handle` is Next's request handler; `trusted` the parsed
 * TRUSTED_PROXIES; `log` the process's logger.
 */
export function requestHandler({ handle, trusted, log }) {
  return (req, res) => {
    const client = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], req.headers['x-real-ip'], trusted)
    // nginx's id when nginx sent the request (its access log and ours then share it), else a new one; the app sees it too.
    const id = requestIdOf(req.headers[REQUEST_ID_HEADER], isTrusted(req.socket.remoteAddress, trusted))
    req.headers[REQUEST_ID_HEADER] = id
    answerLogged(log, req, res, { id, client }, () => answer(req, res, client, handle, log))
  }
}

function answer(req, res, client, handle, log) {
  const url = boundedUrl(req.url ?? '/')
  if (url === null) {
    res
      .writeHead(414, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message: `At most ${MAX_PARAMETERS} query parameters` }] }))
    return
  }
  req.url = url
  req.headers[CLIENT_HEADER] = client
  // The work behind a routine check (the table of list pages) runs in the background itself.
  if (!ROUTINE.test(pathOf(url))) countInFlight(req, res)
  // Straight from this machine (a local scrape of /next/metrics), not through a proxy, which always forwards the client.
  const fromLoopback = /^(127\.|::1$|::ffff:127\.)/.test(req.socket.remoteAddress ?? '')
  req.headers[LOCAL_HEADER] = fromLoopback && !req.headers['x-forwarded-for'] && !req.headers['x-real-ip'] ? '1' : '0'
  const started = process.hrtime.bigint()
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    observeRequest(req.method ?? 'GET', url, res.statusCode, seconds, res.getHeader('x-nextjs-cache'))
  })
  withoutScripts(req, res, log)
  // A handler that throws at once is caught like one that rejects.
  return new Promise((resolve) => resolve(handle(req, res))).catch((error) => {
    log.error({ err: error }, 'the request handler failed')
    if (res.headersSent) return
    if (mayStripScripts(req)) res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(serverErrorPage(url.split('?')[0]))
    else res.writeHead(500).end()
  })
}
