import { describe, expect, it } from 'vitest'

import { loggedQuery, PERSONAL_DATA_QUERY, weekOf } from '@/domain/search/queryLog'
import { documentReferences, queryReferences } from '@/domain/search/references'
import { readTyped } from '@/domain/search/typing'
import { oneSlipApart, slips } from '@/domain/search/typos'
import { parsePhrases } from '@/domain/search/vocabulary'

describe('Telex and VNI typed with no input method', () => {
  it.each([
    ['dduwowngf', 'đường'],
    ['daay', 'dây'],
    ['nongs', 'nóng'],
    ['giaays', 'giấy'],
    ['pheps', 'phép'],
    ['nguwowif', 'người'],
    ['quyeets', 'quyết'],
    ['ddinhj', 'định'],
    ['hoaf', 'hòa'],
    ['chuyeenr', 'chuyển'],
    ['d9ang', 'đang'],
    ['ky1', 'ký'],
    ['d9u7o7ng2', 'đường'],
    ['nghie6p5', 'nghiệp'],
  ])('%s reads as %s', (typed, written) => {
    expect(readTyped(typed)?.written).toBe(written)
    expect(readTyped(typed)?.folded).toBe(written.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd'))
  })

  it.each(['dang', 'khai', 'sinh', 'nd42', '2024', 'bcd'])('%s carries no keystrokes of a Vietnamese syllable', (word) => {
    expect(readTyped(word)).toBeNull()
  })
})

describe('document references', () => {
  it.each([
    ['NQ76', ['r:76:nghiquyet']],
    ['NQ 76', ['r:76:nghiquyet']],
    ['nghị quyết 76', ['r:76:nghiquyet']],
    ['76/NQ-CP', ['r:76:nghiquyet']],
    ['ND42/2022', ['r:42:2022:nghidinh']],
    ['nghị định 42', ['r:42:nghidinh']],
    ['nghi dinh so 42 nam 2022', ['r:42:2022:nghidinh']],
    ['42/2022', ['r:42:2022']],
    ['Decree 42', ['r:42:nghidinh']],
    ['04-NQ/TU', ['r:4:nghiquyet']],
    ['thủ tục khai sinh', []],
    ['1.001193', []],
    ['hạng A1', []],
  ])('%s names %j', (query, keys) => {
    expect(queryReferences(query)).toEqual(keys)
  })

  it('a document answers to its number with its type, its year, and both', () => {
    expect(documentReferences({ number: '42/2022/NĐ-CP', documentType: 'nghi-dinh', year: 2022 })).toEqual([
      'r:42:nghidinh',
      'r:42:2022',
      'r:42:2022:nghidinh',
    ])
    // A number without a year takes the year of issue.
    expect(documentReferences({ number: '76/NQ-CP', documentType: 'nghi-quyet', year: 2021 })).toContain('r:76:2021:nghiquyet')
    expect(documentReferences({ number: 'KH-CCHC-2022', documentType: 'ke-hoach', year: 2022 })).toEqual([])
  })
})

describe('slips', () => {
  it.each([
    ['sinh', 'sihn', true],
    ['khai', 'khia', true],
    ['phep', 'phepp', true],
    ['duong', 'dung', true],
    ['kinh', 'linh', true],
    ['sinh', 'sinh', false],
    ['sinh', 'snhi', false],
  ])('%s and %s are one slip apart: %s', (a, b, near) => expect(oneSlipApart(a, b)).toBe(near))

  it('counts up to a limit', () => {
    expect(slips('ssinhh', 'sinh', 2)).toBe(2)
    expect(slips('abcdef', 'uvwxyz', 2)).toBe(3)
  })
})

describe('the editors’ synonym groups', () => {
  it('reads one phrase per line or separated by commas or semicolons, once each however written', () => {
    expect(parsePhrases('Sở TT&TT, Sở Thông tin và Truyền thông;\n  sở tt&tt \n\n')).toEqual(['Sở TT&TT', 'Sở Thông tin và Truyền thông'])
  })
})

describe('the search log', () => {
  it('keeps the words, never what looks like personal data', () => {
    expect(loggedQuery('  Đăng  Ký khai sinh ')).toBe('đăng ký khai sinh')
    expect(loggedQuery('1.001193')).toBe('1.001193')
    for (const q of ['0912 345 678', '0912.345.678', '001203004567', 'gửi cho a.b@c.vn'])
      expect(loggedQuery(q), q).toBe(PERSONAL_DATA_QUERY)
    expect(loggedQuery('   ')).toBeNull()
    expect(loggedQuery('x'.repeat(300))).toHaveLength(100)
  })

  it('counts by ISO week in Vietnam time', () => {
    expect(weekOf(new Date('2026-12-01T23:00:00Z'))).toBe('2026-W49')
    // Sunday 17:30 UTC is already Monday in Vietnam.
    expect(weekOf(new Date('2026-12-06T17:30:00Z'))).toBe('2026-W50')
    expect(weekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53')
  })
})
