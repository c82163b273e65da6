import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { seedProcedures } from '../../cms/seed/procedures'
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
    expect(report.created.procedures).toBe(seedProcedures.length)
    const login = await payload.login({
      collection: 'users',
      data: { email: 'quantri@example.vn', password: 'mat-khau-thu-nghiem' },
    })
    expect(login.user?.roles).toEqual(['admin'])
    const en = await payload.find({ collection: 'procedures', locale: 'en', fallbackLocale: false, overrideAccess: false })
    expect(en.totalDocs).toBe(seedProcedures.length)
    expect(en.docs.every((doc) => doc.name && doc.steps?.length)).toBe(true)
    const vi = await payload.find({ collection: 'procedures', where: { code: { equals: '2.001417' } } })
    expect(vi.docs[0].channels?.[0].fees?.[0].name).toBe('Phí cung cấp thông tin lý lịch tư pháp')
  })

  it('changes nothing when run again', async () => {
    const before = await payload.count({ collection: 'procedures' })
    const report = await seed(payload)
    expect(report).toEqual({ admin: null, created: { procedures: 0 } })
    expect(await payload.count({ collection: 'procedures' })).toEqual(before)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
