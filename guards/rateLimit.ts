import { CLIENT_HEADER, STAMPED } from '@/scripts/client-address.mjs'

/**
 * A per-key sliding-window counter in this process's memory, shared by the proxy, server actions and
 * API endpoints (separate bundles, one process: hence globalThis). Behind several app instances, each
 * counts on its own: put a shared limit in the reverse proxy as well.
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

/** Seconds to wait before the next attempt is allowed; 0 when allowed now. Does not count an attempt. */
export function retryAfter(limit: Limit, key: string, now = Date.now()): number {
  const { hits } = recent(limit, key, now)
  return hits.length < limit.max ? 0 : Math.ceil((hits[0] + limit.windowMs - now) / 1000)
}

/** Counts an attempt; returns the seconds to wait when over the limit (the attempt is then not counted). */
export function takeAttempt(limit: Limit, key: string, now = Date.now()): number {
  const wait = retryAfter(limit, key, now)
  if (!wait) recent(limit, key, now).hits.push(now)
  return wait
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
