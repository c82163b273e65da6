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

function recent(limit: Limit, key: string, now: number): Window {
  const id = `${limit.name}:${key}`
  const window = store.get(id) ?? { hits: [] }
  window.hits = window.hits.filter((time) => now - time < limit.windowMs)
  store.set(id, window)
  if (store.size > 50_000) store.clear() // a flood of keys: forget rather than grow without bound
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

/** The client address as the nearest proxy reports it (set TRUST_PROXY=false when none rewrites it). */
export function clientAddress(headers: Headers): string {
  if (process.env.TRUST_PROXY !== 'false') {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim()
    if (forwarded) return forwarded
  }
  return 'direct'
}
