import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { CLIENT_HEADER, STAMPED } from '@/scripts/client-address.mjs'
import { redisClient, redisPrefix, redisReady, withTimeout } from '@/scripts/redis.mjs'

/**
 * Attempts counted per client address. With REDIS_URL, in Redis (rate-limiter-flexible: a fixed window
 * from the first attempt, refused attempts counted too; at a window's edge a client may get up to twice
 * the limit within a short time, which these limits tolerate), so that every app instance counts the same attempts. Without it, or while Redis is
 * unreachable (scripts/redis.mjs logs it), a per-key sliding window in this process's memory, shared
 * by the proxy, server actions and API endpoints (separate bundles, one process: hence globalThis).
 */
type Window = { hits: number[] }
const store: Map<string, Window> = ((globalThis as { __cchcRateLimits?: Map<string, Window> }).__cchcRateLimits ??= new Map())

export type Limit = { name: string; max: number; windowMs: number }

export const LIMITS = {
  feedback: { name: 'feedback', max: 5, windowMs: 15 * 60_000 },
  tracking: { name: 'tracking', max: 30, windowMs: 15 * 60_000 },
  pageFeedback: { name: 'page-feedback', max: 30, windowMs: 15 * 60_000 },
  /** The search does real work per query (no two are the same page): an office behind one address still fits (SEARCH_LIMIT_PER_MINUTE). */
  search: { name: 'search', max: Number(process.env.SEARCH_LIMIT_PER_MINUTE) || 120, windowMs: 60_000 },
} satisfies Record<string, Limit>

const MAX_KEYS = 50_000

/** Drops finished windows, then (under a flood of addresses) the oldest keys, never the whole store. */
function forgetOldest(now: number) {
  const longest = Math.max(...Object.values(LIMITS).map((limit) => limit.windowMs))
  for (const [id, window] of store) if (!window.hits.length || now - window.hits[window.hits.length - 1] > longest) store.delete(id)
  for (const id of store.keys()) {
    if (store.size <= MAX_KEYS * 0.9) break
    store.delete(id)
  }
}

/** The /64 network of an IPv6 address (one subscriber's whole range), or null for anything else. */
function ipv6Network(address: string): string | null {
  const bare = address
    .replace(/^\[|\]$/g, '')
    .split('%')[0]
    .toLowerCase()
  if (!bare.includes(':') || /^::ffff:\d+\.\d+\.\d+\.\d+$/.test(bare)) return null
  const [head, tail = ''] = bare.split('::')
  const left = head ? head.split(':') : []
  const right = bare.includes('::') && tail ? tail.split(':') : []
  const groups = bare.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * What a limit counts a client address under: an IPv6 address by its /64 (a client holds the whole
 * range, so each of its 2^64 addresses must not get a limit of its own), an IPv4 one (mapped or not) whole.
 */
export const limitKey = (address: string) => ipv6Network(address) ?? address.replace(/^::ffff:/i, '')

function recent(limit: Limit, key: string, now: number): Window {
  const id = `${limit.name}:${limitKey(key)}`
  const window = store.get(id) ?? { hits: [] }
  window.hits = window.hits.filter((time) => now - time < limit.windowMs)
  store.set(id, window)
  if (store.size > MAX_KEYS) forgetOldest(now)
  return window
}

function localRetryAfter(limit: Limit, key: string, now: number): number {
  const { hits } = recent(limit, key, now)
  return hits.length < limit.max ? 0 : Math.ceil((hits[0] + limit.windowMs - now) / 1000)
}

function takeLocalAttempt(limit: Limit, key: string, now: number): number {
  const wait = localRetryAfter(limit, key, now)
  if (!wait) recent(limit, key, now).hits.push(now)
  return wait
}

const sharedLimiters: Map<string, RateLimiterRedis> = ((
  globalThis as { __cchcSharedLimiters?: Map<string, RateLimiterRedis> }
).__cchcSharedLimiters ??= new Map())

/** The limit's counter in Redis, or null without REDIS_URL or while it is unreachable. */
function sharedLimiter(limit: Limit): RateLimiterRedis | null {
  const client = redisClient()
  if (!client || !redisReady()) return null
  let limiter = sharedLimiters.get(limit.name)
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${redisPrefix()}limit:${limit.name}`,
      points: limit.max,
      duration: Math.ceil(limit.windowMs / 1000),
    })
    sharedLimiters.set(limit.name, limiter)
  }
  return limiter
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/** Seconds to wait before the next attempt is allowed; 0 when allowed now. Does not count an attempt. */
export async function retryAfter(limit: Limit, key: string, now = Date.now()): Promise<number> {
  const shared = sharedLimiter(limit)
  if (shared) {
    try {
      const state = await withTimeout(shared.get(limitKey(key)))
      return state && state.consumedPoints >= limit.max ? seconds(state.msBeforeNext) : 0
    } catch {
      // Unreachable meanwhile: counted here (scripts/redis.mjs has logged it).
    }
  }
  return localRetryAfter(limit, key, now)
}

/** Counts an attempt; returns the seconds to wait when over the limit (in memory, the refused attempt is not counted). */
export async function takeAttempt(limit: Limit, key: string, now = Date.now()): Promise<number> {
  const shared = sharedLimiter(limit)
  if (shared) {
    try {
      await withTimeout(shared.consume(limitKey(key)))
      return 0
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return seconds(refused.msBeforeNext)
    }
  }
  return takeLocalAttempt(limit, key, now)
}

/**
 * The client address, as scripts/server.mjs resolved it from the socket peer and, only for peers in
 * TRUSTED_PROXIES, the forwarded headers. Without that server (`next dev`, a bare `next start`) the
 * last X-Forwarded-For hop, which Next fills from the socket only when the client sent none: forgeable.
 */
export function clientAddress(headers: Headers): string {
  if ((globalThis as Record<symbol, unknown>)[STAMPED]) return headers.get(CLIENT_HEADER) || 'unknown'
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'
}
