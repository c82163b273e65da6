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
    await expect(
      payload.create({ collection: 'procedures', data: procedureData(agency, { code: 'ABC' }), context }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'code', message: expect.stringMatching(/1\.001193/) }] } })
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
