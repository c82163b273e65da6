import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
let pm: string
let government: string

const doc = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'legal-documents',
    data: { documentType: 'chi-thi', _status: 'published', ...data } as never,
    context,
  })

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  pm = (await payload.create({ collection: 'agencies', data: { name: 'Thủ tướng Chính phủ', kind: 'government' }, context })).id
  government = (await payload.create({ collection: 'agencies', data: { name: 'Chính phủ', kind: 'government' }, context })).id
})

afterAll(() => cleanup())

describe('identity of a legal document', () => {
  it('lets two documents with the same number but different years coexist, with distinct slugs', async () => {
    const a = await doc({ number: '13/CT-TTg', issuer: pm, issuedAt: '2015-06-10', title: 'Chỉ thị năm 2015' })
    const b = await doc({ number: '13/CT-TTg', issuer: pm, issuedAt: '2024-05-20', title: 'Chỉ thị năm 2024' })
    expect([a.slug, b.slug]).toEqual(['13-ct-ttg-2015', '13-ct-ttg-2024'])
  })

  it('refuses the same number, issuer and issue date twice, saying why', async () => {
    await expect(doc({ number: '13/CT-TTg', issuer: pm, issuedAt: '2015-06-10', title: 'Bản trùng' })).rejects.toMatchObject({
      data: { errors: [{ path: 'number', message: expect.stringMatching(/đã có/) }] },
    })
  })
})

describe('document numbers', () => {
  it('are refused when they break the numbering rules, unless the editor confirms them', async () => {
    await expect(doc({ number: '13 CT TTg', issuer: pm, issuedAt: '2016-01-01', title: 'Số sai' })).rejects.toMatchObject({
      data: { errors: [{ path: 'number', message: expect.stringMatching(/Xác nhận số ký hiệu/) }] },
    })
    const confirmed = await doc({ number: '13 CT TTg', numberConfirmed: true, issuer: pm, issuedAt: '2016-01-01', title: 'Số lạ' })
    expect(confirmed.number).toBe('13 CT TTg')
  })
})

describe('legal effect', () => {
  it('is derived from the dates unless the editor sets it', async () => {
    const expired = await doc({
      number: '43/2011/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2011-06-13',
      effectiveFrom: '2011-10-01',
      effectiveUntil: '2022-08-15',
      title: 'Nghị định 43',
    })
    expect(expired.status).toBe('expired')
    const partly = await doc({
      number: '24/2014/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2014-04-04',
      status: 'partly-expired',
      statusSetByEditor: true,
      title: 'Nghị định 24',
    })
    expect(partly.status).toBe('partly-expired')
  })
})

describe('issuer name at issue time', () => {
  it('is kept when the agency is renamed later', async () => {
    const committee = await payload.create({ collection: 'agencies', data: { name: 'UBND tỉnh Nam Định', kind: 'province' }, context })
    const plan = await doc({
      number: '111/KH-UBND',
      documentType: 'ke-hoach',
      issuer: committee.id,
      issuedAt: '2021-09-29',
      title: 'Kế hoạch CCHC',
    })
    expect(plan.issuerNameAtTime).toBe('UBND tỉnh Nam Định')
    await payload.update({ collection: 'agencies', id: committee.id, data: { name: 'UBND tỉnh Ninh Bình' }, context })
    const again = await payload.update({ collection: 'legal-documents', id: plan.id, data: { summary: 'Tóm tắt' }, context })
    expect(again.issuerNameAtTime).toBe('UBND tỉnh Nam Định')
  })
})

describe('relations between documents', () => {
  it('are stored once and read from both documents', async () => {
    const amended = await doc({
      number: '15/2018/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2018-01-22',
      title: 'Nghị định 15',
    })
    const amending = await doc({
      number: '107/2020/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2020-09-14',
      title: 'Nghị định 107',
    })
    await payload.create({ collection: 'document-relations', data: { source: amending.id, kind: 'amends', target: amended.id }, context })
    const fromSource = await payload.findByID({ collection: 'legal-documents', id: amending.id, depth: 1 })
    const fromTarget = await payload.findByID({ collection: 'legal-documents', id: amended.id, depth: 1 })
    const kinds = (join: typeof fromSource.outgoingRelations) =>
      join?.docs?.map((relation) => (typeof relation === 'object' ? relation.kind : relation))
    expect(kinds(fromSource.outgoingRelations)).toEqual(['amends'])
    expect(kinds(fromTarget.incomingRelations)).toEqual(['amends'])
  })

  it('are public only between published documents', async () => {
    const older = await doc({
      number: '30/2020/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2020-03-05',
      title: 'Nghị định về công tác văn thư',
    })
    const newer = await doc({
      number: '42/2022/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2022-06-24',
      title: 'Nghị định 42',
    })
    const draft = await doc({
      number: '01/2099/NĐ-CP',
      documentType: 'nghi-dinh',
      issuer: government,
      issuedAt: '2026-01-02',
      title: 'Dự thảo',
      _status: 'draft',
    })
    const shown = await payload.create({
      collection: 'document-relations',
      data: { source: newer.id, kind: 'amends', target: older.id },
      context,
    })
    const hidden = await payload.create({
      collection: 'document-relations',
      data: { source: draft.id, kind: 'replaces', target: older.id },
      context,
    })
    const mine = { id: { in: [shown.id, hidden.id] } }
    const visible = await payload.find({ collection: 'document-relations', where: mine, overrideAccess: false, depth: 0 })
    expect(visible.docs.map((relation) => relation.id)).toEqual([shown.id])
    const staff = await payload.find({ collection: 'document-relations', where: mine, depth: 0 })
    expect(staff.totalDocs).toBe(2)
  })
})

describe('what an issuer is called now (“nay là …”)', () => {
  const agency = (name: string, successor?: string) =>
    payload.create({ collection: 'agencies', data: { name, kind: 'department', ...(successor ? { successor } : {}) }, context })

  it('follows the whole chain of renamings and mergers: A → B → C says C', async () => {
    const { currentSuccessor } = await import('@/lib/queries/legalDocuments')
    const c = await agency('Sở Khoa học và Công nghệ (sau hợp nhất)')
    const b = await agency('Sở Thông tin và Truyền thông (đổi tên)', c.id)
    const a = await agency('Sở Bưu chính, Viễn thông', b.id)
    expect(await currentSuccessor(payload, a.id, 'vi')).toEqual({ id: c.id, name: 'Sở Khoa học và Công nghệ (sau hợp nhất)' })
    expect(await currentSuccessor(payload, b.id, 'vi')).toEqual({ id: c.id, name: 'Sở Khoa học và Công nghệ (sau hợp nhất)' })
    expect(await currentSuccessor(payload, c.id, 'vi')).toBeNull()
  })

  it('refuses a succession that loops back, and names nobody for a loop already in the data', async () => {
    const { currentSuccessor } = await import('@/lib/queries/legalDocuments')
    const y = await agency('Ban Quản lý Y')
    const x = await agency('Ban Quản lý X', y.id)
    await expect(payload.update({ collection: 'agencies', id: y.id, data: { successor: x.id }, context })).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'successor', message: expect.stringMatching(/vòng lặp/) }] },
    })
    await expect(payload.update({ collection: 'agencies', id: y.id, data: { successor: y.id }, context })).rejects.toMatchObject({
      status: 400,
    })
    // Written past the check (an old database, a direct edit): the page says nothing rather than loop.
    await payload.db.updateOne({ collection: 'agencies', id: y.id, data: { successor: x.id } })
    expect(await currentSuccessor(payload, x.id, 'vi')).toBeNull()
  })
})
