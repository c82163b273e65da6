import crypto from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { redisClient, redisPrefix, redisReady, redisWanted, withTimeout } from '@/scripts/redis.mjs'

/**
 * Which app instance runs the jobs queue (scheduled publishing, the alert banner, emails, imports):
 * with REDIS_URL, the holder of a lease in Redis, so that each job runs once however many instances
 * there are. Every instance tries to take or renew it every LEASE_MS / 3; the holder renews it, and
 * when it stops (or loses Redis for longer than LEASE_MS) another takes it. A normal stop hands it over
 * at once (scripts/server.mjs runs the stop hooks). The holder also releases jobs that a runner took
 * and never finished (Payload marks a job `processing` while it runs and would never pick it up again):
 * those untouched for much longer than such a job can take. While Redis is unreachable, or REDIS_URL
 * does not parse, no instance runs jobs: they wait (none is lost) rather than run twice. Without
 * REDIS_URL the one instance runs them.
 */
export const LEASE_MS = Number(process.env.JOBS_LEASE_MS) || 15_000
/** A lease about to end is not relied on: the holder stops starting jobs this long before (renewals come every third of it). */
const MARGIN_MS = Math.min(2_000, LEASE_MS / 3)
/** A job `processing` and untouched for longer than this was left by a runner that stopped; slow queues (imports) get longer. */
const ABANDONED_AFTER_MS = { slow: 30 * 60_000, other: 5 * 60_000 }
const RELEASE_EVERY_MS = 30_000

const key = () => `${redisPrefix()}jobs-runner`
/** This process, as the lease names it (the host name, for whoever reads Redis). */
const holder = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`

type LeaseState = {
  heldUntil: number
  holding: boolean
  started?: boolean
  stopped?: boolean
  renewal?: NodeJS.Timeout
  lastRelease: number
  slowQueues: string[]
}
const state: LeaseState = ((globalThis as { __cchcJobsLease?: LeaseState }).__cchcJobsLease ??= {
  heldUntil: 0,
  holding: false,
  lastRelease: 0,
  slowQueues: [],
})

/** Renews the lease if this process holds it, takes it if nobody does (atomic in Redis); 1 when held. */
const TAKE_OR_RENEW = `local current = redis.call('get', KEYS[1])
if current == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
if not current then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`
/** Deletes the lease only if this process holds it. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

async function takeOrRenew(payload: Payload) {
  if (state.stopped) return
  const client = redisClient()
  const asked = Date.now()
  let held = false
  if (client && redisReady()) {
    try {
      held = (await withTimeout(client.eval(TAKE_OR_RENEW, { keys: [key()], arguments: [holder, String(LEASE_MS)] }))) === 1
    } catch {
      held = false
    }
  }
  state.heldUntil = held ? asked + LEASE_MS : 0
  if (held !== state.holding) {
    state.holding = held
    if (held) payload.logger.info(`jobs: this instance (${holder}) runs the queue`)
    else payload.logger.warn(`jobs: this instance (${holder}) no longer runs the queue (Redis unreachable, or another instance took it)`)
  }
  if (held && Date.now() - state.lastRelease > RELEASE_EVERY_MS) {
    state.lastRelease = Date.now()
    await releaseAbandonedJobs(payload).catch((error) => payload.logger.error(`jobs: could not release abandoned jobs: ${error.message}`))
  }
}

/** Jobs a runner took and never finished; Payload picks them up again on the next run. */
async function releaseAbandonedJobs(payload: Payload) {
  const before = (ms: number) => new Date(Date.now() - ms).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        {
          or: [
            { and: [{ queue: { in: state.slowQueues } }, { updatedAt: { less_than: before(ABANDONED_AFTER_MS.slow) } }] },
            { and: [{ queue: { not_in: state.slowQueues } }, { updatedAt: { less_than: before(ABANDONED_AFTER_MS.other) } }] },
          ],
        },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    select: { processing: true },
  })
  if (docs.length) payload.logger.warn(`jobs: released ${docs.length} job(s) left running by an instance that stopped`)
}

/** Stop hooks that scripts/server.mjs awaits (bounded) before the process exits. */
const stopHooks: Set<() => Promise<unknown>> = ((globalThis as Record<symbol, Set<() => Promise<unknown>>>)[
  Symbol.for('cchc.stopHooks')
] ??= new Set())

/** Starts this instance's part: a try every LEASE_MS / 3, and the hand-over on a normal stop. */
function start(payload: Payload) {
  state.started = true
  state.renewal = setInterval(() => void takeOrRenew(payload), LEASE_MS / 3).unref()
  stopHooks.add(async () => {
    // No new job starts here, nor is the lease taken again; it goes to another instance now rather than after LEASE_MS.
    state.stopped = true
    clearInterval(state.renewal)
    for (const cron of payload.crons) cron.stop()
    const wasHolding = state.holding
    state.heldUntil = 0
    state.holding = false
    if (wasHolding) await withTimeout(redisClient()!.eval(RELEASE, { keys: [key()], arguments: [holder] })).catch(() => {})
  })
}

/** Payload's `jobs.shouldAutoRun`: whether this instance may run due jobs now. `slowQueues` hold jobs that take minutes. */
export async function holdsJobsLease(payload: Payload, { slowQueues = [] as string[] } = {}): Promise<boolean> {
  if (!redisWanted()) return true
  if (!redisClient()) return false
  if (!state.started) {
    state.slowQueues = slowQueues
    start(payload)
    await takeOrRenew(payload)
  }
  return Date.now() < state.heldUntil - MARGIN_MS
}
