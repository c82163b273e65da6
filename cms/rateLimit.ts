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

function recent(limit: Limit, key: string, now: number): Window {
  const id = `${limit.name}:${key}`
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
 * The client address as the reverse proxy in front reports it: X-Real-IP when the proxy sets it, else
 * the last X-Forwarded-For hop (the one the proxy appended; earlier hops come from the client and can be
 * forged). With no proxy (TRUST_PROXY=false) every client shares one limit.
 */
export function clientAddress(headers: Headers): string {
  if (process.env.TRUST_PROXY !== 'false') {
    const forwarded = headers.get('x-real-ip')?.trim() || headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return 'direct'
}
