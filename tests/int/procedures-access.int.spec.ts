import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
let agency: string
let publishedId: string
let draftId: string

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  agency = await testAgency(payload)
  // The first account on an empty site, whatever role is asked for, administers it.
  await payload.create({
    collection: 'users',
    data: { email: 'first@example.vn', password: 'mat-khau-dai-123', roles: ['contributor'] },
  })
  const published = await payload.create({
    collection: 'procedures',
    data: { ...procedureData(agency, { code: '1.000010', name: 'Thủ tục đã công bố' }), _status: 'published' },
    context,
  })
  publishedId = published.id
  const draft = await payload.create({
    collection: 'procedures',
    data: { ...procedureData(agency, { code: '1.000011', name: 'Thủ tục còn nháp' }), _status: 'draft' },
    context,
  })
  draftId = draft.id
  // A pending draft edit on top of the published document.
  await payload.update({
    collection: 'procedures',
    id: publishedId,
    draft: true,
    data: { name: 'Tên mới chưa duyệt', _status: 'draft' },
    context,
  })
})

afterAll(() => cleanup())

describe('public reads of procedures (Local API, overrideAccess: false)', () => {
  it('list only published procedures', async () => {
    const { docs } = await payload.find({ collection: 'procedures', overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toEqual([publishedId])
  })

  it('never see a draft, even when asking for drafts', async () => {
    const { docs } = await payload.find({ collection: 'procedures', overrideAccess: false, draft: true })
    expect(docs.map((doc) => doc.id)).not.toContain(draftId)
    await expect(payload.findByID({ collection: 'procedures', id: draftId, overrideAccess: false })).rejects.toMatchObject({
      status: 404,
      name: 'NotFound',
    })
  })

  it('see the published version, not a pending draft edit', async () => {
    const doc = await payload.findByID({ collection: 'procedures', id: publishedId, overrideAccess: false })
    expect(doc.name).toBe('Thủ tục đã công bố')
  })

  it('cannot read versions', async () => {
    await expect(payload.findVersions({ collection: 'procedures', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
      name: 'Forbidden',
    })
  })

  it('cannot write', async () => {
    await expect(
      payload.create({ collection: 'procedures', overrideAccess: false, data: procedureData(agency, { code: '1.000012' }), context }),
    ).rejects.toMatchObject({ status: 403, name: 'Forbidden' })
    await expect(payload.delete({ collection: 'procedures', id: publishedId, overrideAccess: false, context })).rejects.toMatchObject({
      status: 403,
      name: 'Forbidden',
    })
  })
})

describe('staff reads', () => {
  it('an editor sees drafts', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.vn', password: 'mat-khau-dai-123', roles: ['editor'] },
    })
    const { docs } = await payload.find({
      collection: 'procedures',
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
      draft: true,
    })
    expect(docs.map((doc) => doc.id).sort()).toEqual([publishedId, draftId].sort())
  })

  it('a feedback officer does not see drafts', async () => {
    const officer = await payload.create({
      collection: 'users',
      data: { email: 'officer@example.vn', password: 'mat-khau-dai-123', roles: ['feedback-officer'] },
    })
    const { docs } = await payload.find({
      collection: 'procedures',
      overrideAccess: false,
      user: { ...officer, collection: 'users' },
    })
    expect(docs.map((doc) => doc.id)).toEqual([publishedId])
  })
})

describe('users', () => {
  it('the first account on an empty site is an administrator; later ones get the role they are given', async () => {
    const later = await payload.create({
      collection: 'users',
      data: { email: 'later@example.vn', password: 'mat-khau-dai-123', roles: ['editor'] },
    })
    const { docs } = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(docs.map((user) => [user.email, user.roles])).toEqual([['first@example.vn', ['admin']]])
    expect(later.roles).toEqual(['editor'])
  })

  it('are not readable by the public', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403, name: 'Forbidden' })
  })

  it('cannot sign up publicly', async () => {
    await expect(
      payload.create({
        collection: 'users',
        overrideAccess: false,
        data: { email: 'x@example.vn', password: 'mat-khau-dai-123', roles: ['admin'] },
      }),
    ).rejects.toMatchObject({ status: 403, name: 'Forbidden' })
  })
})
