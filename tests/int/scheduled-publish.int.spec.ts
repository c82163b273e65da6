import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(() => cleanup())

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, through the jobs queue the app runs', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Thông báo hẹn giờ', kind: 'announcement', _status: 'draft' },
      context,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: new Date(Date.now() + 60_000),
    })
    // Not yet due: nothing happens.
    await payload.jobs.run()
    expect((await payload.find({ collection: 'news', overrideAccess: false })).totalDocs).toBe(0)

    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
    await payload.update({ collection: 'payload-jobs', id: docs[0].id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run()
    const published = await payload.find({ collection: 'news', overrideAccess: false })
    expect(published.docs.map((doc) => doc.title)).toEqual(['Thông báo hẹn giờ'])
  })
})
