/**
 * One log line per request, written by the production server when the answer ends (or the client
 * goes away): request id, method, path (the query's values left out: a search, a tracking code or a
 * token may be in them), status, duration, bytes, client address, route group and the signed-in
 * user's id. Info for answers up to 4xx, error for 5xx; static files, images, media and the machines'
 * routine checks (health, metrics, the redirects and list pages tables) at debug.
 */
import crypto from 'node:crypto'

import { scrubText } from './log-privacy.mjs'
import { routeGroup } from './metrics.mjs'
import { inRequest } from './request-context.mjs'

export const REQUEST_ID_HEADER = 'x-request-id'

/** nginx's $request_id is 32 hex digits; a load balancer's may be a UUID. Anything else is replaced. */
const VALID_ID = /^[\w.:-]{8,64}$/

/** The id a trusted proxy gave the request, or a new one in nginx's form. */
export function requestIdOf(header, fromTrustedProxy) {
  if (fromTrustedProxy && typeof header === 'string' && VALID_ID.test(header)) return header
  return crypto.randomUUID().replaceAll('-', '')
}

/** Query parameter names (the values never), of a shape no one types personal data into; others counted as `?`. */
const PLAIN_NAME = /^[a-z][\w.[\]-]{0,39}$/i
const MAX_PATH = 300

/** `{ path, query }` for the log: the path (an email address in it masked), and the query's parameter names without their values. */
export function loggedTarget(url) {
  const mark = url.indexOf('?')
  const path = scrubText((mark < 0 ? url : url.slice(0, mark)).slice(0, MAX_PATH))
  if (mark < 0 || mark === url.length - 1) return { path }
  const names = new Set(
    url
      .slice(mark + 1)
      .split('&')
      .map((pair) => pair.split('=', 1)[0])
      .filter(Boolean),
  )
  const query = [...names].slice(0, 20).map((name) => (PLAIN_NAME.test(name) ? name : '?'))
  return { path, query: query.join('&') }
}

const ASSET = /\.(?:css|js|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|mp4|webm|mp3|pdf)$/i
const ASSET_GROUPS = new Set(['static', 'image'])

/** Asked by machines every few seconds: the health check, the metrics scrape, the proxy's redirects and list pages tables. */
export const ROUTINE = /^\/next\/(?:health|metrics|redirects|list-pages)$/

/** error for 5xx; debug for a static file, an image, an uploaded file or a routine check answered; info otherwise. */
export function levelOf(status, group, path) {
  if (status >= 500) return 'error'
  if (status < 400 && (ASSET_GROUPS.has(group) || path.startsWith('/api/media/file/') || ASSET.test(path) || ROUTINE.test(path)))
    return 'debug'
  return 'info'
}

/**
 * Answers `req` with `handle` inside a request context, and logs the request when the answer ends.
 * `id` and `client` come from the server (a trusted proxy's X-Request-Id, the resolved address).
 */
export function answerLogged(log, req, res, { id, client }, handle) {
  const context = { id, open: true }
  const started = process.hrtime.bigint()
  // Headers and body as written on the connection (a kept-alive one counts on from earlier answers).
  const socket = req.socket
  const bytesBefore = socket.bytesWritten
  res.setHeader('X-Request-Id', id)
  const done = () => {
    if (!context.open) return
    context.open = false
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
    const { path, query } = loggedTarget(req.url ?? '/')
    const group = routeGroup(path)
    const aborted = !res.writableFinished
    // A client that leaves before the end is logged with what was answered so far (nginx counts it 499).
    const status = aborted && !res.headersSent ? 499 : res.statusCode
    const line = {
      reqId: id,
      method: req.method,
      path,
      ...(query ? { query } : {}),
      status,
      ms,
      bytes: socket.bytesWritten - bytesBefore,
      client,
      group,
      ...(context.user !== undefined ? { user: context.user } : {}),
      ...(aborted ? { aborted: true } : {}),
    }
    writeErrors(log, context.errors, id, status)
    log[levelOf(status, group, path)](line, `${req.method} ${path} ${status}`)
  }
  res.once('finish', done)
  res.once('close', done)
  return inRequest(context, () => handle(req, res))
}

/** What was reported at error while the request was answered (scripts/log.mjs): refused (4xx), at info without a stack. */
function writeErrors(log, reports = [], reqId, status) {
  for (const report of reports) {
    if (status >= 400 && status < 500) log.info({ reqId, status }, report.err?.message ?? report.msg)
    else log.error({ reqId, ...report })
  }
}
