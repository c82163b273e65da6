import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { flushRevalidation } from '@/cms/revalidation'
import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
/** The job asks the Next server to expire the page (now and a second later); a test has none: kept, not printed. */
const failedExpiries: string[] = []

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const logWarn = payload.logger.warn.bind(payload.logger)
  vi.spyOn(payload.logger, 'warn').mockImplementation(((line: unknown, ...rest: never[]) => {
    if (typeof line === 'string' && line.startsWith('could not revalidate ')) failedExpiries.push(line)
    else logWarn(line as never, ...rest)
  }) as never)
})

afterAll(async () => {
  // The second ask now, before the database goes.
  await flushRevalidation()
  await cleanup()
})

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
    expect(failedExpiries).toContainEqual(expect.stringMatching(/^could not revalidate news, news:thong-bao-hen-gio: /))
  })
})
