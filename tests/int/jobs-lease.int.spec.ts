import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { hasRedis, startRedis } from '@/scripts/cluster.mjs'
import { logger } from '@/scripts/log.mjs'
import { bootPayload } from '../fixtures/payload'

/**
 * The jobs lease (cms/jobs/runnerLease.ts) on a real redis-server (Debian's, as npm test installs it):
 * one instance runs the queue, a stop hands it over, and jobs a stopped runner left `processing` are
 * released after their queue's time, not before. The two-instance suite (e2e-cluster/) runs it end to end.
 */
const LEASE_MS = 1_500
let payload: Payload
let cleanup: () => Promise<void>
let redis: Awaited<ReturnType<typeof startRedis>>
let lease: typeof import('@/cms/jobs/runnerLease')
let client: NonNullable<ReturnType<typeof import('@/scripts/redis.mjs').redisClient>>

const KEY = 'cchc-test:jobs-runner'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!hasRedis())('the jobs lease (needs redis-server)', () => {
  beforeAll(async () => {
    redis = await startRedis(6500 + (process.pid % 400))
    process.env.REDIS_URL = redis.url
    process.env.REDIS_PREFIX = 'cchc-test:'
    process.env.JOBS_LEASE_MS = String(LEASE_MS)
    // What the client says of its connection is expected here: kept and checked, not printed.
    vi.spyOn(logger(), 'info').mockImplementation(() => {})
    vi.spyOn(logger(), 'error').mockImplementation(() => {})
    ;({ payload, cleanup } = await bootPayload())
    vi.spyOn(payload.logger, 'warn').mockImplementation(() => undefined as never)
    lease = await import('@/cms/jobs/runnerLease')
    const shared = await import('@/scripts/redis.mjs')
    client = shared.redisClient()!
    await vi.waitFor(() => expect(shared.redisReady()).toBe(true), { timeout: 5_000 })
  })

  afterAll(async () => {
    await cleanup?.()
    await redis?.stop()
    delete process.env.REDIS_URL
    await vi.waitFor(() => expect(vi.mocked(logger().error).mock.calls.flat().join('\n')).toMatch(/redis: unreachable/))
    expect(vi.mocked(logger().info).mock.calls.flat().join('\n')).toMatch(/redis: connected/)
    vi.restoreAllMocks()
  })

  it('takes the free lease and, on taking it, releases only the jobs left running past their queue’s time', async () => {
    const job = (queue: string) =>
      payload.create({ collection: 'payload-jobs', data: { taskSlug: 'schedulePublish', queue, input: {}, processing: true } })
    const stuck = await job('default')
    const importing = await job('imports')
    // Six minutes on: past the 5 minutes of an ordinary job, within the 30 of an import.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 6 * 60_000)
    try {
      expect(await lease.holdsJobsLease(payload, { slowQueues: ['imports'] })).toBe(true)
    } finally {
      vi.useRealTimers()
    }
    expect(await client.get(KEY)).toMatch(new RegExp(`:${process.pid}:`))
    const processing = async (id: string | number) => (await payload.findByID({ collection: 'payload-jobs', id })).processing
    expect(await processing(stuck.id)).toBe(false)
    expect(await processing(importing.id)).toBe(true)
    expect(payload.logger.warn).toHaveBeenCalledWith('jobs: released 1 job(s) left running by an instance that stopped')
  })

  it('keeps it by renewing, and stops running jobs once another instance holds it', async () => {
    await sleep(LEASE_MS * 1.5)
    expect(await lease.holdsJobsLease(payload)).toBe(true)
    await client.set(KEY, 'another-instance', { PX: 60_000 })
    await vi.waitFor(async () => expect(await lease.holdsJobsLease(payload)).toBe(false), { timeout: LEASE_MS * 2 })
  })

  it('takes it back when it is free, and a normal stop hands it over at once', async () => {
    await client.del(KEY)
    await vi.waitFor(async () => expect(await lease.holdsJobsLease(payload)).toBe(true), { timeout: LEASE_MS * 2 })
    const stopHooks = (globalThis as Record<symbol, Set<() => Promise<unknown>>>)[Symbol.for('cchc.stopHooks')]
    await Promise.all([...stopHooks].map((hook) => hook()))
    expect(await client.get(KEY)).toBeNull()
    expect(await lease.holdsJobsLease(payload)).toBe(false)
  })
})
