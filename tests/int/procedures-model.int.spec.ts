import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
let agency: string

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  agency = await testAgency(payload)
})

afterAll(() => cleanup())

describe('procedure slugs', () => {
  it('are made from the Vietnamese name', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, { code: '1.001193', name: 'Đăng ký khai sinh' }),
      context,
    })
    expect(doc.slug).toBe('dang-ky-khai-sinh')
  })

  it('do not change when the English name is saved', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, { code: '1.000020', name: 'Chứng thực chữ ký' }),
      context,
    })
    const translated = await payload.update({
      collection: 'procedures',
      id: doc.id,
      locale: 'en',
      data: { name: 'Signature certification' },
      context,
    })
    expect(translated.slug).toBe('chung-thuc-chu-ky')
  })

  it('are unique', async () => {
    await payload.create({ collection: 'procedures', data: procedureData(agency, { code: '1.000022', name: 'Đăng ký kết hôn' }), context })
    await expect(
      payload.create({
        collection: 'procedures',
        data: procedureData(agency, { code: '1.000021', name: 'Đăng ký kết hôn' }),
        context,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'slug' }] } })
  })
})

describe('procedure validation', () => {
  it('refuses a code not shaped like a national code', async () => {
    await expect(payload.create({ collection: 'procedures', data: procedureData(agency, { code: 'ABC' }), context })).rejects.toMatchObject(
      { data: { errors: [{ path: 'code', message: expect.stringMatching(/1\.001193/) }] } },
    )
  })

  const online = (level: 'full' | 'partial', url?: string) => ({ level, url })
  const direct = [{ method: 'direct' as const, processingTime: 1 }]
  const onlineChannel = [...direct, { method: 'online' as const, processingTime: 1 }]

  it('refuses an online service ("một phần" or "toàn trình") without an online channel', async () => {
    for (const level of ['partial', 'full'] as const) {
      await expect(
        payload.create({
          collection: 'procedures',
          data: procedureData(agency, { code: '1.000101', channels: direct, onlineService: online(level) }),
          context,
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: { errors: [{ path: 'onlineService.level', message: expect.stringMatching(/Trực tuyến/) }] },
      })
    }
  })

  it('refuses a partial update that leaves an online service with in-person channels only', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, { code: '1.000102', name: 'Thủ tục chỉ nộp trực tiếp', channels: direct }),
      context,
    })
    await expect(
      payload.update({ collection: 'procedures', id: doc.id, data: { onlineService: online('partial') }, context }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'onlineService.level' }] } })
    const withChannel = await payload.update({
      collection: 'procedures',
      id: doc.id,
      data: { channels: onlineChannel, onlineService: online('partial') },
      context,
    })
    expect(withChannel.onlineService?.level).toBe('partial')
    // Removing the online channel later is refused too.
    await expect(payload.update({ collection: 'procedures', id: doc.id, data: { channels: direct }, context })).rejects.toMatchObject({
      status: 400,
    })
  })

  it("takes the procedure's own page on the national portal, never the portal's home page", async () => {
    for (const url of [
      'https://dichvucong.gov.vn',
      'https://www.dichvucong.gov.vn/',
      'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
      'http://example.gov.vn/x',
      'dichvucong.gov.vn/abc',
    ]) {
      await expect(
        payload.create({
          collection: 'procedures',
          data: procedureData(agency, { code: '1.000103', channels: onlineChannel, onlineService: online('full', url) }),
          context,
        }),
        url,
      ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'onlineService.url' }] } })
    }
    const own = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=6763'
    const doc = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, {
        code: '1.000103',
        name: 'Thủ tục có trang riêng',
        channels: onlineChannel,
        onlineService: online('full', own),
      }),
      context,
    })
    expect(doc.onlineService?.url).toBe(own)
  })
})

describe('localization', () => {
  it('falls back to Vietnamese for untranslated fields', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: procedureData(agency, { code: '1.000030', name: 'Cấp bản sao trích lục hộ tịch' }),
      context,
    })
    const en = await payload.findByID({ collection: 'procedures', id: doc.id, locale: 'en' })
    expect(en.name).toBe('Cấp bản sao trích lục hộ tịch')
    const strict = await payload.findByID({ collection: 'procedures', id: doc.id, locale: 'en', fallbackLocale: false })
    expect(strict.name).toBeFalsy()
  })
})
