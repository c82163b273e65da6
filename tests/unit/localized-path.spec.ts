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
    expect(localizedPath({ pathname: '/thu-tuc-hanh-chinh/[slug]', params: { slug: 'a b' } }, 'vi')).toBe(
      '/thu-tuc-hanh-chinh/a%20b',
    )
  })
})
