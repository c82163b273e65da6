/**
 * The process's one connection to Redis (REDIS_URL), shared by the page cache (scripts/cache-handler.mjs,
 * loaded by Next outside the app's bundles), the rate limits (guards/rateLimit.ts) and the jobs lease
 * (cms/jobs/runnerLease.ts): hence plain JavaScript and one client kept on globalThis.
 *
 * Without REDIS_URL there is no client and each part keeps its state in this process (one instance).
 * With it, a command never waits for a lost connection (no offline queue): it fails at once, the caller
 * falls back to this process's own state, and the state changes are logged once each way.
 */
import { createClient } from 'redis'

const KEY = Symbol.for('cchc.redis')

/** How long one command may take before its caller treats Redis as unreachable. */
export const COMMAND_TIMEOUT_MS = 1_000

/** Keys of this site in a Redis that may be shared with others (REDIS_PREFIX). */
export const redisPrefix = () => process.env.REDIS_PREFIX?.trim() || 'cchc:'

/** @returns {{ client: import('redis').RedisClientType | null, state: 'not-configured' | 'connecting' | 'ready' | 'unreachable', since: number }} */
function shared() {
  const existing = globalThis[KEY]
  if (existing) return existing
  const url = process.env.REDIS_URL?.trim()
  const entry = { client: null, state: url ? 'connecting' : 'not-configured', since: Date.now() }
  globalThis[KEY] = entry
  // The build renders pages with no Redis: nothing to share yet, and none may be reachable from the builder.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') {
    if (url) entry.state = 'not-configured'
    return entry
  }
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      // Keep trying, at most every 2 s: the instances serve from their own memory meanwhile.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  const become = (state, detail) => {
    if (entry.state === state) return
    const was = entry.state
    entry.state = state
    entry.since = Date.now()
    if (state === 'ready') console.info(`redis: connected${was === 'unreachable' ? ' again' : ''} (${safeUrl(url)})`)
    else if (state === 'unreachable')
      console.error(
        `redis: unreachable (${safeUrl(url)}${detail ? `: ${detail}` : ''}); pages are served from this instance's memory, ` +
          'rate limits count per instance, scheduled jobs wait until it is back',
      )
  }
  client.on('ready', () => become('ready'))
  client.on('error', (error) => become('unreachable', error?.message))
  client.on('end', () => become('unreachable', 'connection closed'))
  client.connect().catch((error) => become('unreachable', error?.message))
  entry.client = client
  return entry
}

/** The URL without its password, for the log. */
const safeUrl = (url) => url.replace(/\/\/([^@/]*)@/, (_, auth) => `//${auth.includes(':') ? `${auth.split(':')[0]}:***` : '***'}@`)

/** The client when REDIS_URL is set (connected or not), else null. */
export function redisClient() {
  return shared().client
}

/** Whether commands can be sent now. */
export function redisReady() {
  const { client, state } = shared()
  return Boolean(client?.isReady) && state === 'ready'
}

/** 'not-configured' (no REDIS_URL), 'connecting', 'ready' or 'unreachable', for the health check and metrics. */
export function redisState() {
  return shared().state
}

/** Calls `listener` each time the connection becomes ready (again). */
export function onRedisReady(listener) {
  shared().client?.on('ready', listener)
}

/** A command with a deadline: rejects after COMMAND_TIMEOUT_MS instead of waiting for the socket. */
export function withTimeout(promise, ms = COMMAND_TIMEOUT_MS) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis: no answer in ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
