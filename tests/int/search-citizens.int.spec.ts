/*
 * Search as citizens ask (issue: ranking over all the words, vocabulary, references, typing without an
 * input method, everything public, "did you mean", the editors' query log), on the demo content.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/cms/seed'
import { richText } from '@/cms/seed/richText'
import { PERSONAL_DATA_QUERY, weekOf } from '@/domain/search/queryLog'
import { loadedSearchMemory } from '@/search/memory'
import { runSearch, type SearchParams } from '@/search/query'
import { weekQueries } from '@/cms/admin/dashboardQueries'
import { flushSearchLog, recordSearch, SEARCH_QUERIES_SLUG } from '@/search/queryLog'
import { SEARCH_SYNONYMS_SLUG } from '@/search/synonyms'
import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

const search = (q: string, more: Partial<SearchParams> = {}) => runSearch(payload, { q, locale: 'vi', ...more })
const first = async (q: string, more: Partial<SearchParams> = {}) => (await search(q, more)).docs[0]
const titles = async (q: string, more: Partial<SearchParams> = {}) => (await search(q, more)).docs.map((doc) => doc.title)

type Staff = 'editor' | 'contributor'
const staff = {} as Record<Staff, { id: string; roles: Staff[]; collection: 'users' }>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await seed(payload)
  await loadedSearchMemory(payload)
  for (const role of ['editor', 'contributor'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@search.test`, password: 'a-long-test-password-1', roles: [role], name: role } as never,
      context,
    })
    staff[role] = { id: String(user.id), roles: [role], collection: 'users' }
  }
})

afterAll(() => cleanup())

describe('1. ranking over all the words', () => {
  it('a generic word does not block the match: "thủ tục khai sinh" finds Đăng ký khai sinh first', async () => {
    for (const q of ['thủ tục khai sinh', 'làm thế nào để đăng ký khai sinh', 'thu tuc dang ky khai sinh can giay to gi'])
      expect((await first(q))?.title, q).toBe('Đăng ký khai sinh')
  })

  it('records matching more of the meaningful words rank higher', async () => {
    const docs = (await search('kết hôn nước ngoài')).docs
    expect(docs[0].title).toBe('Đăng ký kết hôn có yếu tố nước ngoài')
  })

  it('never "no results" when the main words match, and no padding with records matching only a generic word', async () => {
    const result = await search('thủ tục xin giấy phép xây dựng nhà ở')
    expect(result.docs.slice(0, 3).map((doc) => doc.title)).toContain('Cấp giấy phép xây dựng mới đối với công trình')
    const generic = await search('thủ tục')
    const specific = await search('thủ tục khai sinh')
    expect(specific.totalDocs).toBeLessThan(generic.totalDocs)
  })

  it('a word the index has never seen asks for something the portal does not have: no results', async () => {
    expect((await search('tam xoan')).totalDocs).toBe(0)
  })
})

describe('2. the vocabulary of administration', () => {
  it('everyday names find official ones', async () => {
    expect((await first('đổi bằng lái xe'))?.title).toBe('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp')
    expect((await first('doi GPLX'))?.title).toBe('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp')
    expect((await first('xin LLTP'))?.title).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam')
  })

  it('abbreviations find what they stand for: "UBND tỉnh" finds "Ủy ban nhân dân tỉnh"', async () => {
    const found = await titles('UBND tỉnh Nam Định')
    expect(found.slice(0, 3)).toContain('Ủy ban nhân dân tỉnh Nam Định')
    expect((await search('UBND tỉnh', { type: 'agencies' })).docs.map((doc) => doc.title)).toContain('Ủy ban nhân dân tỉnh Ninh Bình')
  })

  it('a synonym counts only whole: "giấy" alone is not "giấy chứng nhận quyền sử dụng đất"', async () => {
    // No record speaks of land-use certificates; "sổ đỏ" must not return every record with "giấy" or "sở".
    expect((await search('sổ đỏ')).docs.map((doc) => doc.type)).not.toContain('procedures')
  })

  it('a group an editor adds in the admin works within seconds, without a restart, and goes when deleted', async () => {
    const q = 'cửa hàng tạp hóa'
    expect(await titles(q)).not.toContain('Đăng ký thành lập hộ kinh doanh')
    const group = await payload.create({
      collection: SEARCH_SYNONYMS_SLUG,
      data: { phrases: 'cửa hàng tạp hóa\nhộ kinh doanh', note: 'Người dân hay gọi' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect((await first(q))?.title).toBe('Đăng ký thành lập hộ kinh doanh')
    await payload.delete({ collection: SEARCH_SYNONYMS_SLUG, id: group.id, user: staff.editor, overrideAccess: false })
    expect(await titles(q)).not.toContain('Đăng ký thành lập hộ kinh doanh')
  })

  it('refuses a group of one phrase with the reason, and is closed to contributors and the public', async () => {
    await expect(
      payload.create({
        collection: SEARCH_SYNONYMS_SLUG,
        data: { phrases: 'chỉ một, Chỉ Một' },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', data: { errors: [expect.objectContaining({ path: 'phrases' })] } })
    await expect(
      payload.create({ collection: SEARCH_SYNONYMS_SLUG, data: { phrases: 'a, b' }, user: staff.contributor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: SEARCH_SYNONYMS_SLUG, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})

describe('3. document references in every form', () => {
  it.each(['NQ76', 'NQ 76', 'nghị quyết 76', 'nghi quyet 76', '76/NQ-CP'])('%s puts Resolution 76/NQ-CP first', async (q) => {
    expect((await first(q))?.title).toMatch(/^76\/NQ-CP /)
  })

  it.each(['ND42/2022', 'nghị định 42', 'nghi dinh 42', '42/2022', 'nđ 42 năm 2022', 'Decree 42'])(
    '%s puts Decree 42/2022/NĐ-CP first',
    async (q) => {
      expect((await first(q))?.title).toMatch(/^42\/2022\/NĐ-CP /)
    },
  )

  it('procedure codes as before', async () => {
    expect((await first('1.001193'))?.title).toBe('Đăng ký khai sinh')
  })
})

describe('4. typing without an input method', () => {
  it('reads Telex and VNI keystrokes and says how it read them', async () => {
    const telex = await search('dduwowngf daay nongs')
    expect(telex.docs[0].type).toBe('contact-points')
    expect(telex.suggestion).toBe('đường dây nóng')
    expect((await first('d9ang ky1 khai sinh'))?.title).toBe('Đăng ký khai sinh')
    expect((await first('ddawng kys khai sinh'))?.title).toBe('Đăng ký khai sinh')
    expect((await first('dang ky khai sinh'))?.title).toBe('Đăng ký khai sinh')
  })

  it('forgives one slip in a longer word (and two letters swapped in a short one), and says what it read', async () => {
    const slip = await search('dang ky khai sihn')
    expect(slip.docs[0].title).toBe('Đăng ký khai sinh')
    expect(slip.suggestion).toBe('đăng ký khai sinh')
    expect((await first('giay phep xay dungg'))?.title).toBe('Cấp giấy phép xây dựng mới đối với công trình')
  })

  it('ranks a record holding the word as typed above one found through the slip', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0].id
    await payload.create({
      collection: 'procedures',
      data: {
        code: '9.990001',
        name: 'Cấp phép khai thác nghiệm thu',
        field: 'Thử nghiệm',
        implementingAgency: agency,
        onlineService: { level: 'none' },
        _status: 'published',
      },
      context,
    })
    // "nghiem" is in one record only: its neighbours ("nghiep") are tried too, below it.
    const docs = (await search('nghiem')).docs
    expect(docs[0].title).toBe('Cấp phép khai thác nghiệm thu')
    expect(docs.length).toBeGreaterThan(1)
  })
})

describe('5. everything public is searchable, in both languages, kept current by hooks', () => {
  it('events', async () => {
    expect((await first('tọa đàm'))?.type).toBe('events')
    expect((await first('dialogue with businesses', { locale: 'en' }))?.url).toMatch(/^\/en\/events\//)
    const event = await payload.create({
      collection: 'events',
      data: { title: 'Hội nghị trực tuyến Quỳnh Lưu', startsAt: '2027-03-01T02:00:00.000Z', kind: 'conference', _status: 'published' },
      context,
    })
    expect((await first('quynh luu'))?.title).toBe('Hội nghị trực tuyến Quỳnh Lưu')
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft' }, context })
    expect(await titles('quynh luu')).not.toContain('Hội nghị trực tuyến Quỳnh Lưu')
  })

  it('the public Q&A, and never a question not published or the sender behind one', async () => {
    const published = await payload.create({
      collection: 'feedback',
      data: {
        name: 'Trần Thị Riêng Tư',
        email: 'rieng.tu@example.vn',
        subject: 'Con tôi Nguyễn Bé Bỏng chưa có căn cước',
        message: 'Số điện thoại của tôi là 0912345678',
        status: 'answered',
        answer: richText(['Cha mẹ đề nghị cấp thẻ căn cước cho con dưới 14 tuổi tại Công an cấp xã hoặc qua VNeID.']),
        publicQuestion: 'Làm căn cước cho con dưới 14 tuổi ở đâu?',
        publishAnswer: true,
      } as never,
      context,
    })
    const hit = await first('căn cước cho con dưới 14 tuổi')
    expect(hit).toMatchObject({ type: 'feedback', title: 'Làm căn cước cho con dưới 14 tuổi ở đâu?' })
    expect(hit?.url).toBe(`/phan-anh-kien-nghi/hoi-dap?cau-hoi=${published.id}`)
    for (const q of ['Trần Thị Riêng Tư', 'rieng.tu@example.vn', 'Nguyễn Bé Bỏng', '0912345678', 'Con tôi chưa có căn cước']) {
      const found = await search(q)
      expect(JSON.stringify(found.docs), q).not.toMatch(/Riêng Tư|rieng\.tu|Bé Bỏng|0912345678|Con tôi/)
    }
    await payload.create({
      collection: 'feedback',
      data: { name: 'Người gửi', subject: 'Câu hỏi chưa công khai Quỳnh Nhai', message: 'Quỳnh Nhai', status: 'received' } as never,
      context,
    })
    expect((await search('Quỳnh Nhai')).totalDocs).toBe(0)
    await payload.update({ collection: 'feedback', id: published.id, data: { publishAnswer: false }, context })
    expect((await search('căn cước cho con dưới 14 tuổi', { type: 'feedback' })).totalDocs).toBe(0)
  })

  it('index results and agencies, in both languages', async () => {
    const pci = await first('chỉ số PCI 2023')
    expect(pci).toMatchObject({ type: 'index-results', url: '/chi-so#index-PCI' })
    expect((await first('provincial competitiveness 2021', { locale: 'en' }))?.url).toBe('/en/indices#index-PCI')
    const agency = await first('Sở Tư pháp', { type: 'agencies' })
    expect(agency?.url).toMatch(/^\/thu-tuc-hanh-chinh\?agency=/)
    expect((await first('Ministry of Justice', { locale: 'en', type: 'agencies' }))?.title).toBe('Ministry of Justice')
  })
})

describe('6. when nothing matches', () => {
  it('offers a word from the index two slips away', async () => {
    const result = await search('ssinhh')
    expect(result.totalDocs).toBe(0)
    expect(result.suggestion).toBe('sinh')
  })

  it('offers nothing when nothing is near', async () => {
    const result = await search('zzqxw')
    expect(result).toMatchObject({ totalDocs: 0, suggestion: null })
  })
})

describe('7. the editors see what citizens search for, per week, counts only', () => {
  it('counts queries, keeps no personal data, and lists the most searched and those not found', async () => {
    const now = new Date('2026-12-02T10:00:00+07:00')
    for (let i = 0; i < 3; i++) recordSearch(payload, 'Đăng ký  khai sinh', 'vi', 4, now)
    recordSearch(payload, 'xin giấy phép nuôi ong', 'vi', 0, now)
    recordSearch(payload, 'gọi cho tôi 0912 345 678', 'vi', 0, now)
    recordSearch(payload, 'email toi la a@b.vn', 'vi', 0, now)
    await flushSearchLog(payload)
    recordSearch(payload, 'đăng ký khai sinh', 'vi', 4, now)
    await flushSearchLog(payload)

    const { docs } = await payload.find({ collection: SEARCH_QUERIES_SLUG, where: { week: { equals: weekOf(now) } }, pagination: false })
    const counts = Object.fromEntries(docs.map((doc) => [doc.query, doc.count]))
    expect(counts).toEqual({ 'đăng ký khai sinh': 4, 'xin giấy phép nuôi ong': 1, [PERSONAL_DATA_QUERY]: 2 })
    expect(JSON.stringify(docs)).not.toMatch(/0912|a@b\.vn/)

    const week = await weekQueries(payload, now)
    expect(week.top[0]).toMatchObject({ query: 'đăng ký khai sinh', count: 4, results: 4 })
    expect(week.empty.map((doc) => doc.query)).toContain('xin giấy phép nuôi ong')
  })

  it('is read by editors only and written by the server only', async () => {
    await expect(payload.find({ collection: SEARCH_QUERIES_SLUG, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: SEARCH_QUERIES_SLUG, user: staff.contributor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    expect((await payload.find({ collection: SEARCH_QUERIES_SLUG, user: staff.editor, overrideAccess: false })).totalDocs).toBeGreaterThan(
      0,
    )
    await expect(
      payload.create({
        collection: SEARCH_QUERIES_SLUG,
        data: { query: 'giả', week: '2026-W49', locale: 'vi', count: 1000, results: 0 },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
