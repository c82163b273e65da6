import crypto from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { redisClient, redisPrefix, redisReady, withTimeout } from '@/scripts/redis.mjs'

/**
 * Which app instance runs the jobs queue (scheduled publishing, the alert banner, emails, imports):
 * with REDIS_URL, the holder of a lease in Redis, so that each job runs once however many instances
 * there are. The holder renews it every LEASE_MS / 3; when it dies, another takes the lease within
 * LEASE_MS and first releases the jobs the dead one had taken (Payload marks a job `processing` while
 * it runs and nothing else would ever pick it up again). While Redis is unreachable no instance runs
 * jobs: they wait (none is lost) rather than run twice. Without REDIS_URL the one instance runs them.
 */
export const LEASE_MS = Number(process.env.JOBS_LEASE_MS) || 15_000

const key = () => `${redisPrefix()}jobs-runner`
/** This process, as the lease names it (the host name, for whoever reads Redis). */
const holder = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`

type LeaseState = { held: boolean; renewal?: NodeJS.Timeout; releasesOnStop?: boolean }
const state: LeaseState = ((globalThis as { __cchcJobsLease?: LeaseState }).__cchcJobsLease ??= { held: false })

/** Extends the lease only if this process still holds it (atomic in Redis). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`

async function takeOrRenew(): Promise<boolean> {
  const client = redisClient()
  if (!client || !redisReady()) return false
  try {
    if (state.held) {
      const renewed = await withTimeout(client.eval(RENEW, { keys: [key()], arguments: [holder, String(LEASE_MS)] }))
      if (renewed === 1) return true
    }
    return (await withTimeout(client.set(key(), holder, { NX: true, PX: LEASE_MS }))) === 'OK'
  } catch {
    return false
  }
}

/**
 * Jobs a runner took and never finished: `processing` and untouched for longer than a lease, so
 * their runner has lost it (died or lost Redis). Payload picks them up again on the next run.
 */
async function releaseAbandonedJobs(payload: Payload) {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: new Date(Date.now() - LEASE_MS).toISOString() } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    select: { processing: true },
  })
  if (docs.length) payload.logger.warn(`jobs: released ${docs.length} job(s) left running by an instance that stopped`)
}

function lose(payload: Payload, why: string) {
  if (!state.held) return
  state.held = false
  clearInterval(state.renewal)
  payload.logger.warn(`jobs: this instance (${holder}) no longer runs the queue: ${why}`)
}

/** Deletes the lease only if this process holds it. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

/** On a normal stop (a deploy, a restart), hands the queue over at once instead of after LEASE_MS. */
function releaseOnStop() {
  if (state.releasesOnStop) return
  state.releasesOnStop = true
  const release = () => {
    if (!state.held) return
    state.held = false
    clearInterval(state.renewal)
    void redisClient()
      ?.eval(RELEASE, { keys: [key()], arguments: [holder] })
      .catch(() => {})
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, release)
}

/** Payload's `jobs.shouldAutoRun`: whether this instance may run due jobs now. */
export async function holdsJobsLease(payload: Payload): Promise<boolean> {
  if (!redisClient()) return true
  if (state.held) return true
  if (!(await takeOrRenew())) return false
  state.held = true
  payload.logger.info(`jobs: this instance (${holder}) runs the queue`)
  state.renewal = setInterval(() => {
    void takeOrRenew().then((held) => held || lose(payload, 'the lease was not renewed (Redis unreachable or taken over)'))
  }, LEASE_MS / 3)
  state.renewal.unref()
  releaseOnStop()
  await releaseAbandonedJobs(payload).catch((error) => payload.logger.error(`jobs: could not release abandoned jobs: ${error.message}`))
  return true
}
