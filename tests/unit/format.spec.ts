import { describe, expect, it } from 'vitest'

import { formatDate, formatEventTime, formatMoney, isoDay } from '@/i18n/format'

describe('dates', () => {
  it('writes a day the Vietnamese and the English way, in Vietnam’s time', () => {
    expect(formatDate('2024-11-20T00:00:00.000Z', 'vi')).toBe('20/11/2024')
    expect(formatDate('2024-11-20T00:00:00.000Z', 'en')).toBe('20 November 2024')
    // Midnight in Hanoi is still the day before in UTC.
    expect(formatDate('2027-04-14T17:00:00.000Z', 'vi')).toBe('15/4/2027')
    expect(isoDay('2027-04-14T17:00:00.000Z')).toBe('2027-04-15')
  })

  it('shows only what is known of a date', () => {
    expect(formatDate('2022-01-01T00:00:00.000Z', 'vi', 'year')).toBe('2022')
    expect(formatDate('2022-01-01T00:00:00.000Z', 'en', 'year')).toBe('2022')
    expect(formatDate('2015-06-01T00:00:00.000Z', 'vi', 'month')).toBe('tháng 6/2015')
    expect(formatDate('2015-06-01T00:00:00.000Z', 'en', 'month')).toBe('June 2015')
  })
})

describe('event times', () => {
  const start = '2027-04-15T01:00:00.000Z' // 08:00 in Vietnam
  it.each([
    ['vi', '2027-04-15T04:30:00.000Z', '08:00–11:30, 15/4/2027'],
    ['en', '2027-04-15T04:30:00.000Z', '15 April 2027, 08:00–11:30'],
    ['vi', null, '08:00, 15/4/2027'],
    ['en', null, '15 April 2027, 08:00'],
    ['vi', '2027-04-16T04:30:00.000Z', '08:00, 15/4/2027 – 11:30, 16/4/2027'],
    ['en', '2027-04-16T04:30:00.000Z', '15 April 2027, 08:00 – 16 April 2027, 11:30'],
  ] as const)('%s, ending %s → %s', (locale, end, expected) => {
    expect(formatEventTime(start, end, locale)).toBe(expected)
  })
})

describe('money', () => {
  it.each([
    ['vi', 2000, '2.000 đồng'],
    ['vi', 200000, '200.000 đồng'],
    ['en', 2000, 'VND 2,000'],
    ['en', 1500000, 'VND 1,500,000'],
  ] as const)('%s %d → %s', (locale, amount, expected) => {
    expect(formatMoney(amount, locale)).toBe(expected)
  })
})
