import { describe, expect, it } from 'vitest'

import { effectStatusFromDates } from '@/domain/legalDocuments/effectStatus'
import { documentSlug, numberFormat, numberProblems } from '@/domain/legalDocuments/numbers'

describe('document numbers', () => {
  it.each([
    ['107/2020/NĐ-CP', 'normative'],
    ['22/2023/TT-BTTTT', 'normative'],
    ['15/2024/QĐ-UBND', 'normative'],
    ['202/2025/QH15', 'normative'],
    ['13/CT-TTg', 'administrative'],
    ['76/NQ-CP', 'administrative'],
    ['111/KH-UBND', 'administrative'],
    ['04-NQ/TU', 'party'],
  ])('%s is %s', (number, format) => {
    expect(numberFormat(number)).toBe(format)
    expect(numberProblems(number)).toEqual([])
  })

  it('flags numbers that break the rules, without changing them', () => {
    expect(numberProblems('13 / CT-TTg')).not.toEqual([])
    expect(numberProblems('CT-TTg')).not.toEqual([])
    expect(numberProblems('4/KH-UBND')[0]).toMatch(/số 0/)
  })

  it('makes slugs from number and, for numbers without a year, the issue year in Vietnam', () => {
    expect(documentSlug('13/CT-TTg', '2015-06-10T00:00:00.000Z')).toBe('13-ct-ttg-2015')
    expect(documentSlug('107/2020/NĐ-CP', '2020-09-14T00:00:00.000Z')).toBe('107-2020-nd-cp')
    expect(documentSlug('04-NQ/TU', '2021-06-18T00:00:00.000Z')).toBe('04-nq-tu-2021')
    // 31 Dec 2023 at 20:00 UTC is already 1 Jan 2024 in Hà Nội.
    expect(documentSlug('01/KH-UBND', '2023-12-31T20:00:00.000Z')).toBe('01-kh-ubnd-2024')
  })
})

describe('legal effect from dates', () => {
  const now = new Date('2024-01-01T00:00:00Z')
  it('is not yet in effect before the effective date, expired from the end date, in effect between, unknown without dates', () => {
    expect(effectStatusFromDates({ effectiveFrom: '2024-06-01' }, now)).toBe('not-yet-effective')
    expect(effectStatusFromDates({ effectiveFrom: '2011-10-01', effectiveUntil: '2022-08-15' }, now)).toBe('expired')
    expect(effectStatusFromDates({ effectiveFrom: '2022-08-15' }, now)).toBe('effective')
    expect(effectStatusFromDates({}, now)).toBeNull()
  })
})
