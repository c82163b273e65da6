/**
 * What the server counts for Prometheus (prom-client), one registry per process on globalThis: the
 * production server (scripts/server.mjs) counts requests, durations and cache results; the app (its own
 * bundle of this file) adds searches, feedback submissions and failed sign-ins to the same registry;
 * `/next/metrics` (app/next/metrics/route.ts) serves it, to loopback or with METRICS_TOKEN only.
 * Labels take few values (route groups, status classes), so the series stay few whatever the traffic.
 */
import client from 'prom-client'

const KEY = Symbol.for('cchc.metrics')

/** A header only scripts/server.mjs sets (any value a client sends is replaced): "1" for a request straight from this machine, not through a proxy. */
export const LOCAL_HEADER = 'x-cchc-local-request'

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

function create() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry, prefix: 'cchc_' })
  const registers = [registry]
  return {
    registry,
    requests: new client.Counter({
      name: 'cchc_http_requests_total',
      help: 'Requests answered, by route group, method and status class',
      labelNames: ['group', 'method', 'status'],
      registers,
    }),
    duration: new client.Histogram({
      name: 'cchc_http_request_duration_seconds',
      help: 'Time from the request to the end of the answer, by route group',
      labelNames: ['group'],
      buckets: SECONDS,
      registers,
    }),
    pageCache: new client.Counter({
      name: 'cchc_page_cache_total',
      help: 'Pages Next served from its cache (HIT, STALE) or rendered (MISS), from its x-nextjs-cache header',
      labelNames: ['result'],
      registers,
    }),
    search: new client.Histogram({ name: 'cchc_search_duration_seconds', help: 'Time to answer one search', buckets: SECONDS, registers }),
    feedback: new client.Counter({ name: 'cchc_feedback_submissions_total', help: 'Feedback items received from citizens', registers }),
    failedSignIns: new client.Counter({
      name: 'cchc_failed_sign_ins_total',
      help: 'Sign-ins refused for a wrong email or password',
      registers,
    }),
    gauges: {
      database: new client.Gauge({ name: 'cchc_database_up', help: '1 when the database answers with its schema current', registers }),
      redis: new client.Gauge({
        name: 'cchc_redis_state',
        help: 'The shared Redis (REDIS_URL): 1 for the state it is in',
        labelNames: ['state'],
        registers,
      }),
      searchLoaded: new client.Gauge({ name: 'cchc_search_index_loaded', help: '1 when the search index is in memory', registers }),
      jobsQueued: new client.Gauge({
        name: 'cchc_jobs_queued',
        help: 'Jobs waiting or running (scheduled publishing, emails, imports)',
        registers,
      }),
      jobsFailed: new client.Gauge({ name: 'cchc_jobs_failed', help: 'Jobs that ended with an error and will not be retried', registers }),
    },
  }
}

/** This process's metrics (created on first use). */
export const metrics = () => (globalThis[KEY] ??= create())

const PUBLIC_GROUPS = {
  'thu-tuc-hanh-chinh': 'procedures',
  procedures: 'procedures',
  'dich-vu-cong-truc-tuyen': 'online-services',
  'online-services': 'online-services',
  'van-ban': 'documents',
  documents: 'documents',
  'tin-tuc': 'news',
  news: 'news',
  'bao-chi': 'press',
  press: 'press',
  'su-kien': 'events',
  events: 'events',
  'tim-kiem': 'search',
  search: 'search',
  'phan-anh-kien-nghi': 'feedback',
  feedback: 'feedback',
}

/** The group a path belongs to: a few fixed names, never the path itself. */
export function routeGroup(path) {
  const clean = path.split('?')[0]
  if (clean.startsWith('/_next/static/')) return 'static'
  if (clean.startsWith('/_next/image')) return 'image'
  if (clean.startsWith('/api/search')) return 'api-search'
  if (/^\/api\/[^/]+\/(submit|track)$/.test(clean)) return 'api-feedback'
  if (clean === '/api' || clean.startsWith('/api/')) return 'api'
  if (clean === '/admin' || clean.startsWith('/admin/')) return 'admin'
  if (clean.startsWith('/next/')) return 'next'
  const segments = clean.split('/').filter(Boolean)
  if (segments[0] === 'en') segments.shift()
  if (segments.length === 0) return 'home'
  if (/\.[a-z0-9]+$/i.test(clean)) return 'files'
  return PUBLIC_GROUPS[segments[0]] ?? 'other-pages'
}

/** Counts one answered request (scripts/server.mjs, when the answer ends). */
export function observeRequest(method, path, status, seconds, cacheResult) {
  const group = routeGroup(path)
  const m = metrics()
  m.requests.inc({ group, method: ['GET', 'HEAD', 'POST'].includes(method) ? method : 'other', status: `${Math.floor(status / 100)}xx` })
  m.duration.observe({ group }, seconds)
  if (cacheResult === 'HIT' || cacheResult === 'STALE' || cacheResult === 'MISS') m.pageCache.inc({ result: cacheResult })
}
