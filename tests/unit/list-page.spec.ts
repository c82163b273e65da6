import { describe, expect, it } from 'vitest'

import {
  filterSegment,
  filtersOfSegments,
  type ListPages,
  pageHref,
  pageNumbers,
  pageOutOfRange,
  pathPageNumber,
  shownRange,
  EMPTY_COMBINATION_PAGE,
  staticListPageNumber,
  staticListTarget,
  staticRoutePageNumber,
} from '@/domain/listPage'
import { readPage } from '@/lib/queries/paged'

describe('pageNumbers', () => {
  it('shows nothing for a single page', () => {
    expect(pageNumbers(1, 0)).toEqual([])
    expect(pageNumbers(1, 1)).toEqual([])
  })
  it('shows every page of a short list', () => {
    expect(pageNumbers(1, 2)).toEqual([1, 2])
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5])
  })
  it('shows the first, the last, the current page and its neighbours, with ellipses between', () => {
    expect(pageNumbers(1, 20)).toEqual([1, 2, null, 20])
    expect(pageNumbers(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(pageNumbers(20, 20)).toEqual([1, null, 19, 20])
    expect(pageNumbers(300, 301)).toEqual([1, null, 299, 300, 301])
  })
  it('shows a single left-out page instead of an ellipsis', () => {
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
    expect(pageNumbers(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20])
  })
})

describe('shownRange', () => {
  it('numbers the items of a page within the whole list', () => {
    expect(shownRange(1, 20, 20)).toEqual({ from: 1, to: 20 })
    expect(shownRange(2, 20, 20)).toEqual({ from: 21, to: 40 })
    expect(shownRange(151, 20, 3)).toEqual({ from: 3001, to: 3003 })
    expect(shownRange(1, 20, 0)).toBeNull()
  })
})

describe('pageOutOfRange', () => {
  it('is true only past the last page; page 1 of an empty list exists', () => {
    expect(pageOutOfRange({ page: 1, totalPages: 0 })).toBe(false)
    expect(pageOutOfRange({ page: 2, totalPages: 0 })).toBe(true)
    expect(pageOutOfRange({ page: 3, totalPages: 3 })).toBe(false)
    expect(pageOutOfRange({ page: 4, totalPages: 3 })).toBe(true)
  })
})

describe('pageHref', () => {
  it('keeps the filters, and gives page 1 no ?trang', () => {
    expect(pageHref('/van-ban', {}, 1)).toBe('/van-ban')
    expect(pageHref('/van-ban', {}, 3)).toBe('/van-ban?trang=3')
    expect(pageHref('/van-ban', { year: '2003', trang: '9' }, 2)).toBe('/van-ban?year=2003&trang=2')
    expect(pageHref('/en/documents', { type: 'nghi-dinh' }, 1)).toBe('/en/documents?type=nghi-dinh')
  })
})

describe('pathPageNumber', () => {
  it('reads /trang/N: page 1 has no segment, and only a plain whole number from 2 is a page', () => {
    expect(pathPageNumber(undefined)).toBe(1)
    expect(pathPageNumber('2')).toBe(2)
    expect(pathPageNumber('300')).toBe(300)
    for (const other of ['1', '0', '02', '2.0', '-2', 'abc', '', '2a', '1000000']) expect(pathPageNumber(other), other).toBeNull()
  })
})

describe('staticListPageNumber', () => {
  it('reads no ?trang= as page 1 and a page number as a list links it, nothing else', () => {
    expect(staticListPageNumber([])).toBe(1)
    expect(staticListPageNumber(['1'])).toBe(1)
    expect(staticListPageNumber(['9999'])).toBe(9999)
    for (const values of [['0'], ['02'], ['abc'], ['10000'], ['2', '3'], ['']])
      expect(staticListPageNumber(values), values.join(',')).toBeNull()
  })
})

describe('staticRoutePageNumber', () => {
  it('reads the empty-combination segment as page 1 with two filters or more, and any other segment as ?trang= is read', () => {
    expect(staticRoutePageNumber(EMPTY_COMBINATION_PAGE, 2)).toBe(1)
    expect(staticRoutePageNumber(EMPTY_COMBINATION_PAGE, 4)).toBe(1)
    // Without a combination there is no such page: an unfiltered list or one filter is on disk as page 1.
    expect(staticRoutePageNumber(EMPTY_COMBINATION_PAGE, 1)).toBeNull()
    expect(staticRoutePageNumber(EMPTY_COMBINATION_PAGE, 0)).toBeNull()
    expect(staticRoutePageNumber('3', 2)).toBe(3)
    for (const segment of ['00', '-0', '02', 'abc', '']) expect(staticRoutePageNumber(segment, 2), segment).toBeNull()
  })
})

describe('staticListTarget', () => {
  const procedures: ListPages = {
    pages: 150,
    filters: { field: { 'Hộ tịch': 3, 'Đất đai': 0 }, level: { province: 40, district: 90 }, online: { full: 8 }, agency: {} },
  }
  const target = (query: string) => staticListTarget('/thu-tuc-hanh-chinh', procedures, new URLSearchParams(query))
  const civil = 'field=H%E1%BB%99+t%E1%BB%8Bch'

  it('sends the pages the table knows to the static route: whole, or filtered by values the list offers', () => {
    expect(target('')).toEqual({ page: 1, filters: [] })
    expect(target('trang=150')).toEqual({ page: 150, filters: [] })
    expect(target(`${civil}&trang=3`)).toEqual({ page: 3, filters: [['field', 'Hộ tịch']] })
    // As the form sends it: the selects not chosen come empty, and are no filter.
    expect(target(`${civil}&level=&online=&agency=`)).toEqual({ page: 1, filters: [['field', 'Hộ tịch']] })
    expect(target('field=&level=')).toEqual({ page: 1, filters: [] })
    // Page 1 of a filter with no results exists (it says so).
    expect(target('field=%C4%90%E1%BA%A5t+%C4%91ai')).toEqual({ page: 1, filters: [['field', 'Đất đai']] })
    // Several filters, in the list's order whatever the query's, up to the most selective one's last page
    // (the proxy then asks for the combination's own count).
    expect(target('online=full&level=district&trang=8')).toEqual({
      page: 8,
      filters: [
        ['level', 'district'],
        ['online', 'full'],
      ],
    })
    expect(target(`level=province&${civil}&trang=3`)).toEqual({
      page: 3,
      filters: [
        ['field', 'Hộ tịch'],
        ['level', 'province'],
      ],
    })
  })

  it('leaves everything else to be rendered per request', () => {
    for (const query of [
      'trang=151', // past the last page: redirected, never cached
      `${civil}&trang=4`,
      'online=full&level=district&trang=9', // past the most selective filter's last page
      'field=made-up&level=province', // a value not offered, with one that is
      'field=made-up', // a value the list does not offer
      `field=made-up&level=province`,
      'field=+H%E1%BB%99+t%E1%BB%8Bch', // nor written another way
      `${civil}&${civil}`, // a filter twice
      'type=decision', // a parameter this list does not read
      'utm_source=x',
      'trang=02',
      // Names an object inherits are no values (their "count" would be a function).
      'field=constructor&trang=9999',
      'field=__proto__&trang=9999',
      'field=toString',
      'hasOwnProperty=1',
    ])
      expect(target(query), query).toBeNull()
    // The table not read yet.
    expect(staticListTarget('/thu-tuc-hanh-chinh', undefined, new URLSearchParams(''))).toBeNull()
    // A list without filters reads none.
    expect(staticListTarget('/tin-tuc', { pages: 5, filters: {} }, new URLSearchParams('field=x'))).toBeNull()
  })
})

describe('filterSegment', () => {
  it("writes any value as one plain path segment, and reads back only what it writes, in the list's order", () => {
    for (const value of ['Hộ tịch', 'a/b?c#d e', '2024', '..', 'Đ'.repeat(200)]) {
      const segment = filterSegment(['field', value])
      // No dot: the proxy runs only for paths without one, and refuses this route.
      expect(segment).toMatch(/^field~[\w-]+$/)
      expect(filtersOfSegments('/thu-tuc-hanh-chinh', [segment])).toEqual([['field', value]])
    }
    const field = filterSegment(['field', 'x'])
    const level = filterSegment(['level', 'province'])
    expect(filtersOfSegments('/thu-tuc-hanh-chinh', [field, level])).toEqual([
      ['field', 'x'],
      ['level', 'province'],
    ])
    expect(filtersOfSegments('/thu-tuc-hanh-chinh', [])).toEqual([])
    for (const segments of [
      [level, field], // another order: one address per page
      [field, field], // a filter twice
      [filterSegment(['type', 'x'])], // a filter the list does not read
      ['field~'], // an empty value
      ['field~eA=='], // another spelling of the same bytes
      ['field~eB'],
      ['x'],
    ])
      expect(filtersOfSegments('/thu-tuc-hanh-chinh', segments), segments.join('/')).toBeNull()
    expect(filtersOfSegments('/tin-tuc', [field])).toBeNull()
  })
})

describe('readPage', () => {
  it('reads a page that exists, and never one past the last (no data cache entry for made-up page numbers)', async () => {
    const asked: number[] = []
    const read = async (page: number) => {
      asked.push(page)
      return { items: [`item ${page}`], page, totalPages: 3, total: 50 }
    }
    expect(await readPage(read, 1)).toEqual({ items: ['item 1'], page: 1, totalPages: 3, total: 50 })
    expect(await readPage(read, 3)).toEqual({ items: ['item 3'], page: 3, totalPages: 3, total: 50 })
    expect(asked).toEqual([1, 1, 3])
    asked.length = 0
    const past = await readPage(read, 9999)
    expect(past).toEqual({ items: [], page: 9999, totalPages: 3, total: 50 })
    expect(pageOutOfRange(past)).toBe(true)
    expect(asked).toEqual([1])
  })
})
