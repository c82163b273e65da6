import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(() => cleanup())

const TASK = 'expireAlertBanner'
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

/** The banner jobs not yet run: when each is due. */
async function pendingTimes() {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: TASK } }, { completedAt: { exists: false } }] },
    sort: 'waitUntil',
    pagination: false,
  })
  return docs.map((job) => job.waitUntil && new Date(job.waitUntil).toISOString())
}

const saveAlert = (alert: Record<string, unknown>) =>
  payload.updateGlobal({
    slug: 'site-settings',
    data: { organisation: { name: 'Sở Nội vụ' }, alert: { message: 'Bảo trì hệ thống', ...alert } },
    context,
  })

describe('the alert banner’s start and end', () => {
  it('queue a job at each time still to come, replaced when the banner is saved again', async () => {
    const [start, end] = [inSeconds(60), inSeconds(120)]
    await saveAlert({ enabled: true, startsAt: start, endsAt: end })
    expect(await pendingTimes()).toEqual([start, end])

    // Saved again with other times: the earlier jobs are gone.
    const [laterStart, laterEnd] = [inSeconds(300), inSeconds(600)]
    await saveAlert({ enabled: true, startsAt: laterStart, endsAt: laterEnd })
    expect(await pendingTimes()).toEqual([laterStart, laterEnd])

    // A start already past needs no job; the end still does.
    await saveAlert({ enabled: true, startsAt: inSeconds(-60), endsAt: laterEnd })
    expect(await pendingTimes()).toEqual([laterEnd])

    // Switched off: nothing to wait for.
    await saveAlert({ enabled: false, startsAt: laterStart, endsAt: laterEnd })
    expect(await pendingTimes()).toEqual([])
  })

  it('a due job expires the site settings’ pages through the revalidate route', async () => {
    await saveAlert({ enabled: true, startsAt: inSeconds(60), endsAt: inSeconds(120) })
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { status: 200 }))
    try {
      // Not due yet: nothing runs.
      await payload.jobs.run()
      expect(fetch).not.toHaveBeenCalled()

      const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: TASK } }, sort: 'waitUntil' })
      await payload.update({ collection: 'payload-jobs', id: docs[0].id, data: { waitUntil: inSeconds(-1) } })
      await payload.jobs.run()
      expect(fetch).toHaveBeenCalledTimes(1)
      const [url, init] = fetch.mock.calls[0] as [URL, RequestInit]
      expect(String(url)).toMatch(/\/next\/revalidate$/)
      expect(JSON.parse(String(init.body))).toEqual({ tags: ['site-settings'] })
      expect(await pendingTimes()).toHaveLength(1)
    } finally {
      fetch.mockRestore()
    }
  })
})
