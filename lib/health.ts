import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { logger } from '@/scripts/log.mjs'
import { redisState } from '@/scripts/redis.mjs'
import { searchMemoryState } from '@/search/memory'

export type Health = {
  status: 'ok' | 'unavailable'
  database: 'ok' | 'unreachable'
  /** SQLite: every committed migration applied; MongoDB needs none. */
  migrations: 'current' | 'pending' | 'not-needed' | 'unknown'
}

/** A load balancer gives up long before this; an answer is better than a hung request. */
const QUERY_TIMEOUT_MS = 3_000

/** The innermost cause (the driver's message rather than the ORM's "Failed query: …"), on one line. */
function oneLine(error: unknown): string {
  let inner = error
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause
  return (inner instanceof Error ? inner.message : String(inner)).replace(/\s+/g, ' ').trim()
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Logs a failure as one line, without the error's stack. */
export const logHealthFailure = (reason: string, error?: unknown) =>
  logger().error(`health: ${reason}${error === undefined ? '' : `: ${oneLine(error)}`}`)

export const UNREACHABLE: Health = { status: 'unavailable', database: 'unreachable', migrations: 'unknown' }

/**
 * One cheap query through the Local API (the applied migrations), which also tells whether the
 * database has every migration committed in migrations/index.ts.
 */
export async function checkHealth(payload: Payload, committed: string[] = migrations.map((m) => m.name)): Promise<Health> {
  let applied: string[]
  try {
    const { docs } = await withTimeout(
      payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true, batch: true } }),
      QUERY_TIMEOUT_MS,
    )
    // Batch -1 is the mark of Payload's dev schema push, not a migration.
    applied = docs.filter((doc) => doc.batch !== -1).map((doc) => String(doc.name))
  } catch (error) {
    logHealthFailure('database unreachable', error)
    return UNREACHABLE
  }
  if (payload.db.packageName !== '@payloadcms/db-sqlite') return { status: 'ok', database: 'ok', migrations: 'not-needed' }
  const pending = committed.filter((name) => !applied.includes(name))
  if (pending.length === 0) return { status: 'ok', database: 'ok', migrations: 'current' }
  logHealthFailure(`${pending.length} migration(s) not applied`)
  return { status: 'unavailable', database: 'ok', migrations: 'pending' }
}

/**
 * What the instances share (REDIS_URL): 'not-configured' (one instance, its own cache), 'ready', or
 * 'connecting', 'unreachable' (not answering in time) or 'misconfigured' (REDIS_URL does not parse):
 * the instance then renders pages itself, counts rate limits alone and runs no jobs. Not a reason for
 * a load balancer to drop the instance: it still serves.
 */
export const sharedState = () => ({
  redis: redisState() as 'not-configured' | 'misconfigured' | 'connecting' | 'ready' | 'unreachable',
})

/**
 * 200 or 503 with the small JSON body; never cached by a proxy or the browser. `search` says whether
 * this instance holds the search index in memory yet ('loading' for a few seconds after a start).
 */
export const healthResponse = (health: Health) =>
  Response.json(
    { ...health, ...sharedState(), search: searchMemoryState() },
    { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
