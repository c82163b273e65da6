/**
 * The process's one connection to Redis (REDIS_URL), shared by the page cache (scripts/cache-handler.mjs,
 * loaded by Next outside the app's bundles), the rate limits (guards/rateLimit.ts) and the jobs lease
 * (cms/jobs/runnerLease.ts): hence plain JavaScript and one client kept on globalThis.
 *
 * Without REDIS_URL there is no client and each part keeps its state in this process (one instance).
 * With it, a command never waits long: none is queued while the connection is down, callers give up on
 * an answer after COMMAND_TIMEOUT_MS (withTimeout), and a server that stops answering (hung, or packets
 * dropped) is found by a ping every second that gets no answer in time: the state is then
 * 'unreachable' until a ping is answered again, and callers use this process's own state meanwhile.
 * An idle connection that falls silent is closed after SOCKET_TIMEOUT_MS. Each change is logged once.
 */
import { createClient } from 'redis'

import { logger } from './log.mjs'

const KEY = Symbol.for('cchc.redis')

/** How long one command may take before its caller treats Redis as unreachable. */
export const COMMAND_TIMEOUT_MS = 1_000
/** Silence after which the connection is closed and rebuilt (the ping is every second). */
const SOCKET_TIMEOUT_MS = 3_000

/** Keys of this site in a Redis that may be shared with others (REDIS_PREFIX). */
export const redisPrefix = () => process.env.REDIS_PREFIX?.trim() || 'cchc:'

/** The URL for the log: the password masked, or a fixed text when it does not parse (it may hold one). */
export function safeRedisUrl(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(REDIS_URL that is not a URL)'
  }
}

/**
 * @typedef {'not-configured' | 'misconfigured' | 'connecting' | 'ready' | 'unreachable'} RedisState
 * @returns {{ client: import('redis').RedisClientType | null, state: RedisState, listeners: Set<(state: RedisState) => void> }}
 */
function shared() {
  const existing = globalThis[KEY]
  if (existing) return existing
  const url = process.env.REDIS_URL?.trim()
  const entry = { client: null, state: url ? 'connecting' : 'not-configured', listeners: new Set() }
  globalThis[KEY] = entry
  // The build renders pages with no Redis: nothing to share yet, and none may be reachable from the builder.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') {
    entry.state = 'not-configured'
    return entry
  }
  const become = (state, detail) => {
    if (entry.state === state) return
    const was = entry.state
    entry.state = state
    if (state === 'ready') logger().info(`redis: connected${was === 'unreachable' ? ' again' : ''} (${safeRedisUrl(url)})`)
    else if (state === 'unreachable')
      logger().error(
        `redis: unreachable (${safeRedisUrl(url)}${detail ? `: ${detail}` : ''}); each instance renders pages and keeps its own copies, ` +
          'counts rate limits alone, and runs no scheduled job until it is back',
      )
    for (const listener of entry.listeners) listener(state)
  }
  let client
  try {
    new URL(url)
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        socketTimeout: SOCKET_TIMEOUT_MS,
        // Keep trying, at most every 2 s: the instances serve from their own memory meanwhile.
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
      },
    })
  } catch {
    // Never echo it: a password with an unencoded "/" or "@" is the usual cause.
    entry.state = 'misconfigured'
    logger().error('redis: REDIS_URL is not a valid URL (percent-encode "/", "@" and ":" in the password); nothing is shared')
    return entry
  }
  client.on('ready', () => become('ready'))
  client.on('error', (error) => become('unreachable', error?.message))
  client.on('end', () => become('unreachable', 'connection closed'))
  client.connect().catch((error) => become('unreachable', error?.message))
  // The watchdog: a connected server that does not answer a ping in time counts as unreachable.
  setInterval(() => {
    if (!client.isReady) return
    withTimeout(client.ping()).then(
      () => become('ready'),
      (error) => become('unreachable', error.message),
    )
  }, 1_000).unref()
  entry.client = client
  return entry
}

/** The client when REDIS_URL is set and valid (connected or not), else null. */
export function redisClient() {
  return shared().client
}

/** Whether REDIS_URL is set at all (valid or not): then nothing may act as if it were the only instance. */
export const redisWanted = () => Boolean(process.env.REDIS_URL?.trim()) && process.env.NEXT_PHASE !== 'phase-production-build'

/** Whether commands can be sent now. */
export function redisReady() {
  const { client, state } = shared()
  return Boolean(client?.isReady) && state === 'ready'
}

/** 'not-configured' (no REDIS_URL), 'misconfigured', 'connecting', 'ready' or 'unreachable', for the health check. */
export function redisState() {
  return shared().state
}

/** Calls `listener` with each new state ('ready' again, 'unreachable'…). */
export function onRedisState(listener) {
  shared().listeners.add(listener)
}

/** A command with a deadline: rejects after COMMAND_TIMEOUT_MS instead of waiting for the socket. */
export function withTimeout(promise, ms = COMMAND_TIMEOUT_MS) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis: no answer in ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
