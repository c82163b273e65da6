import { describe, expect, it } from 'vitest'

import { localizedPath } from '@/i18n/routing'

describe('localizedPath', () => {
  it('keeps Vietnamese paths unprefixed and gives English its own pathnames under /en', () => {
    expect(localizedPath('/', 'vi')).toBe('/')
    expect(localizedPath('/', 'en')).toBe('/en')
    expect(localizedPath('/thu-tuc-hanh-chinh', 'vi')).toBe('/thu-tuc-hanh-chinh')
    expect(localizedPath('/thu-tuc-hanh-chinh', 'en')).toBe('/en/procedures')
  })

  it('fills and encodes params', () => {
    const href = { pathname: '/thu-tuc-hanh-chinh/[slug]', params: { slug: 'dang-ky-khai-sinh' } } as const
    expect(localizedPath(href, 'vi')).toBe('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')
    expect(localizedPath(href, 'en')).toBe('/en/procedures/dang-ky-khai-sinh')
    expect(localizedPath({ pathname: '/thu-tuc-hanh-chinh/[slug]', params: { slug: 'a b' } }, 'vi')).toBe('/thu-tuc-hanh-chinh/a%20b')
  })

  it('keeps a param one segment whatever it holds (next-intl\'s getPathname would split "a/b" and cut "x?y" to "x")', () => {
    const href = (slug: string) => ({ pathname: '/van-ban/[slug]', params: { slug } }) as const
    expect(localizedPath(href('a/b'), 'vi')).toBe('/van-ban/a%2Fb')
    expect(localizedPath(href('x?y#z'), 'en')).toBe('/en/documents/x%3Fy%23z')
    expect(localizedPath(href('100%'), 'vi')).toBe('/van-ban/100%25')
    expect(localizedPath(href('nghị-định'), 'vi')).toBe('/van-ban/ngh%E1%BB%8B-%C4%91%E1%BB%8Bnh')
  })
})
