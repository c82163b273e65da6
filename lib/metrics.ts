import type { Payload } from 'payload'

import { sameSecret } from '@/guards/requestChecks'
import { checkHealth } from '@/lib/health'
import { LOCAL_HEADER, metrics } from '@/scripts/metrics.mjs'
import { redisState } from '@/scripts/redis.mjs'
import { searchMemoryState } from '@/search/memory'

const REDIS_STATES = ['not-configured', 'misconfigured', 'connecting', 'ready', 'unreachable'] as const

/**
 * Who may read the metrics: a request straight from this machine (scripts/server.mjs marks it; through
 * a proxy it never is), or one with `Authorization: Bearer <METRICS_TOKEN>` when that is set.
 */
export function mayReadMetrics(headers: Headers): boolean {
  if (headers.get(LOCAL_HEADER) === '1') return true
  const token = process.env.METRICS_TOKEN?.trim()
  const given = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1]
  return Boolean(token && given && sameSecret(given, token))
}

/** The state gauges, read at each scrape: database, Redis, search index, jobs waiting and failed. */
async function readGauges(payload: Payload) {
  const { gauges } = metrics()
  const health = await checkHealth(payload)
  gauges.database.set(health.status === 'ok' ? 1 : 0)
  const redis = redisState() as string
  for (const state of REDIS_STATES) gauges.redis.set({ state }, state === redis ? 1 : 0)
  gauges.searchLoaded.set(searchMemoryState() === 'loaded' ? 1 : 0)
  if (health.database !== 'ok') return
  const [queued, failed] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } }),
    payload.count({ collection: 'payload-jobs', where: { hasError: { equals: true } } }),
  ])
  gauges.jobsQueued.set(queued.totalDocs)
  gauges.jobsFailed.set(failed.totalDocs)
}

/** The Prometheus text of this process's metrics. */
export async function metricsText(payload: Payload): Promise<{ text: string; contentType: string }> {
  await readGauges(payload)
  const { registry } = metrics()
  return { text: await registry.metrics(), contentType: registry.contentType }
}
