import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/cms/seed'
import { seedLegalDocuments } from '@/cms/seed/data/legalDocuments'
import { seedMoreProcedures } from '@/cms/seed/data/moreProcedures'
import { seedNewsCategories } from '@/cms/seed/data/newsCategories'
import { seedProcedures } from '@/cms/seed/procedures'
import { bootPayload } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  process.env.SEED_ADMIN_EMAIL = 'quantri@example.vn'
  process.env.SEED_ADMIN_PASSWORD = 'mat-khau-thu-nghiem'
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(() => cleanup())

describe('seed', () => {
  it('creates the administrator from the environment and the demo procedures, published in both languages', async () => {
    const report = await seed(payload)
    expect(report.admin).toMatchObject({ email: 'quantri@example.vn', generated: false })
    expect(report.created.procedures).toBe(seedProcedures.length + seedMoreProcedures.length)
    expect(report.created['legal-documents']).toBe(seedLegalDocuments.length)
    expect(report.created.news).toBe(2 * seedNewsCategories.length)
    const login = await payload.login({
      collection: 'users',
      data: { email: 'quantri@example.vn', password: 'mat-khau-thu-nghiem' },
    })
    expect(login.user?.roles).toEqual(['admin'])
    const en = await payload.find({ collection: 'procedures', locale: 'en', fallbackLocale: false, overrideAccess: false })
    expect(en.totalDocs).toBe(seedProcedures.length + seedMoreProcedures.length)
    expect(en.docs.every((doc) => doc.name && doc.steps?.length)).toBe(true)
    const vi = await payload.find({ collection: 'procedures', where: { code: { equals: '2.001417' } } })
    expect(vi.docs[0].channels?.[0].fees?.[0].name).toBe('Phí cung cấp thông tin lý lịch tư pháp')
    // The whole demo content written through the Local API: tens of seconds on a busy 2-core machine.
  }, 180_000)

  it('relates the documents as the plan does, in both directions', async () => {
    const [amending] = (await payload.find({ collection: 'legal-documents', where: { number: { equals: '107/2020/NĐ-CP' } } })).docs
    const { docs: relations } = await payload.find({
      collection: 'document-relations',
      where: { source: { equals: amending.id } },
      depth: 1,
    })
    expect(relations.map((relation) => [relation.kind, typeof relation.target === 'object' && relation.target.number])).toEqual([
      ['amends', '24/2014/NĐ-CP'],
    ])
    const [amended] = (await payload.find({ collection: 'legal-documents', where: { number: { equals: '24/2014/NĐ-CP' } } })).docs
    expect(amended.incomingRelations?.docs?.length).toBe(1)
    const [plan] = (
      await payload.find({ collection: 'legal-documents', where: { documentType: { equals: 'ke-hoach' }, number: { equals: '' } } })
    ).docs
    expect(plan?.issuedAtPrecision).toBe('year')
    expect(plan?.signer).toBe('Mai Văn Quyết')
  })

  it('leaves unverified facts empty', async () => {
    const [resolution] = (await payload.find({ collection: 'legal-documents', where: { number: { equals: '04-NQ/TU' } } })).docs
    expect(resolution.signer ?? null).toBeNull()
    const [pci2023] = (await payload.find({ collection: 'index-results', where: { index: { equals: 'PCI' }, year: { equals: 2023 } } }))
      .docs
    expect(pci2023.rank ?? null).toBeNull()
  })

  it('changes nothing when run again', async () => {
    const before = await payload.count({ collection: 'procedures' })
    const report = await seed(payload)
    expect(report).toEqual({ admin: null, created: {} })
    expect(await payload.count({ collection: 'procedures' })).toEqual(before)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
