import { describe, expect, it } from 'vitest'

import {
  parseAmount,
  parseChannels,
  parseDate,
  parseDossier,
  parseDuration,
  parseFees,
  parseLevels,
  parseOnlineLevel,
  parseSteps,
} from '@/domain/imports/cells'
import { matchColumns } from '@/domain/imports/columns'
import { PROCEDURE_COLUMNS } from '@/domain/imports/procedureRow'
import { holdsAlready } from '@/domain/imports/sameData'

describe('import cells', () => {
  it.each([
    ['200.000', 200000],
    ['200,000 đồng', 200000],
    ['1.500.000 VNĐ', 1500000],
    ['50000đ', 50000],
    ['2 000', 2000],
    ['năm mươi nghìn', null],
    ['20.5', null],
  ])('reads the amount %s as %s', (text, amount) => expect(parseAmount(text)).toBe(amount))

  it('reads fees, and “Không” or “Miễn phí” as none', () => {
    expect(parseFees('Lệ phí: 50.000 đồng; Phí thẩm định: 200.000 đồng (nộp khi nhận kết quả)')).toEqual({
      ok: true,
      value: [
        { name: 'Lệ phí', amount: 50000 },
        { name: 'Phí thẩm định', amount: 200000, note: 'nộp khi nhận kết quả' },
      ],
    })
    expect(parseFees('Miễn phí')).toEqual({ ok: true, value: [] })
    expect(parseFees('Không')).toEqual({ ok: true, value: [] })
    expect(parseFees('Phí: theo quy định')).toMatchObject({ ok: false })
  })

  it.each([
    ['10 ngày làm việc', { processingTime: 10, timeUnit: 'working-days' }],
    ['15 Ngày', { processingTime: 15, timeUnit: 'days' }],
    ['24 giờ', { processingTime: 24, timeUnit: 'hours' }],
    ['0,5 ngày làm việc', { processingTime: 0.5, timeUnit: 'working-days' }],
    ['Không quy định', { processingTime: null, timeUnit: 'working-days' }],
  ])('reads the time limit %s', (text, value) => expect(parseDuration(text)).toEqual({ ok: true, value }))

  it('refuses a time limit it cannot read, saying how to write one', () => {
    expect(parseDuration('trong ngày')).toMatchObject({ ok: false, reason: { vi: expect.stringMatching(/10 ngày làm việc/) } })
  })

  it('reads one channel per line and refuses the same channel twice', () => {
    const channels = parseChannels(
      'Trực tiếp | 10 ngày làm việc | Lệ phí: 50.000 đồng | Tại Bộ phận Một cửa\nQua bưu chính | 12 ngày | Không',
    )
    expect(channels).toMatchObject({
      ok: true,
      value: [
        { method: 'direct', processingTime: 10, fees: [{ amount: 50000 }], note: 'Tại Bộ phận Một cửa' },
        { method: 'postal', processingTime: 12, timeUnit: 'days', fees: [], note: null },
      ],
    })
    expect(parseChannels('Trực tiếp | 1 ngày | Không\nTrực tiếp | 2 ngày | Không')).toMatchObject({ ok: false })
  })

  it('reads a row of the national portal’s table copied as it is written there (docs/IMPORT.md)', () => {
    // Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí | Mô tả, with the portal's capitals and spaced colons.
    expect(
      parseChannels('Trực tuyến | 5 Ngày làm việc | Lệ phí : 20.000 Đồng; Phí : 10.000 Đồng | Nộp trên Cổng Dịch vụ công quốc gia'),
    ).toEqual({
      ok: true,
      value: [
        {
          method: 'online',
          processingTime: 5,
          timeUnit: 'working-days',
          fees: [
            { name: 'Lệ phí', amount: 20000 },
            { name: 'Phí', amount: 10000 },
          ],
          note: 'Nộp trên Cổng Dịch vụ công quốc gia',
        },
      ],
    })
  })

  it('reads steps with “Bước”, and one step per line without', () => {
    expect(parseSteps('Bước 1: Nộp hồ sơ\nKiểm tra hồ sơ\nBước 2: Nhận kết quả')).toEqual([
      { title: 'Nộp hồ sơ', description: 'Kiểm tra hồ sơ' },
      { title: 'Nhận kết quả', description: null },
    ])
    expect(parseSteps('- Nộp hồ sơ\n- Nhận kết quả')).toEqual([
      { title: 'Nộp hồ sơ', description: null },
      { title: 'Nhận kết quả', description: null },
    ])
  })

  it('reads documents by case with their copies', () => {
    expect(
      parseDossier(
        'Trường hợp 1:\n- Tờ khai (01 bản chính)\n- CCCD (01 bản sao)\nTrường hợp 2:\n+ Giấy ủy quyền (bản chính: 1, bản sao: 2)',
      ),
    ).toEqual([
      {
        name: 'Trường hợp 1',
        components: [
          { name: 'Tờ khai', originals: 1, copies: 0 },
          { name: 'CCCD', originals: 0, copies: 1 },
        ],
      },
      { name: 'Trường hợp 2', components: [{ name: 'Giấy ủy quyền', originals: 1, copies: 2 }] },
    ])
  })

  it('reads levels and online kinds, old and new', () => {
    expect(parseLevels('Cấp Tỉnh, Cấp Bộ, ngành; Cấp Xã')).toEqual({ ok: true, value: ['province', 'ministry', 'commune'] })
    expect(parseOnlineLevel('Mức độ 4')).toEqual({ ok: true, value: { level: 'full', legacyLevel: '4' } })
    expect(parseOnlineLevel('DVC trực tuyến một phần')).toEqual({ ok: true, value: { level: 'partial', legacyLevel: null } })
    expect(parseOnlineLevel('Mức độ 2')).toEqual({ ok: true, value: { level: 'none', legacyLevel: null } })
  })

  it.each([
    ['20/11/2024', '2024-11-20T00:00:00.000Z'],
    ['1-7-2025', '2025-07-01T00:00:00.000Z'],
    ['2024-11-20', '2024-11-20T00:00:00.000Z'],
  ])('reads the date %s', (text, iso) => expect(parseDate(text)).toEqual({ ok: true, value: iso }))

  it('refuses 31/02', () => expect(parseDate('31/02/2020')).toMatchObject({ ok: false }))

  it('matches headers without diacritics, in English, and English versions of columns', () => {
    const match = matchColumns(
      ['STT', 'ma thu tuc', 'Procedure code (en)', 'Tên thủ tục (tiếng Anh)', 'Name', 'Ghi chú'],
      [...PROCEDURE_COLUMNS],
    )
    expect([...match.columns.values()]).toEqual([
      { key: 'code', english: false },
      { key: 'name', english: true },
      { key: 'name', english: false },
    ])
    expect(match.unknown).toEqual(['Procedure code (en)', 'Ghi chú'])
    expect(match.missing).toEqual([])
  })

  it('compares only what an import writes', () => {
    expect(holdsAlready({ a: 1, list: [{ b: 'x' }] }, { a: '1', list: [{ id: 'r1', b: 'x', form: 'f' }], other: 2 })).toBe(true)
    expect(holdsAlready({ a: null, list: [] }, { a: '', list: null })).toBe(true)
    expect(holdsAlready({ ref: 'id-1' }, { ref: { id: 'id-1' } })).toBe(true)
    expect(holdsAlready({ list: [{ b: 'x' }] }, { list: [{ b: 'x' }, { b: 'y' }] })).toBe(false)
  })
})
