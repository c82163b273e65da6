import { describe, expect, it } from 'vitest'

import { displayCss, parseDisplay, safeReturnPath } from '@/lib/display'
import { sitePath } from '@/domain/sitePath'

describe('reading settings', () => {
  it('reads the cookie and loose form values, defaulting anything unknown', () => {
    expect(parseDisplay('larger.high')).toEqual({ size: 'larger', contrast: 'high' })
    expect(parseDisplay('huge.neon')).toEqual({ size: 'normal', contrast: 'normal' })
    expect(parseDisplay('large', undefined)).toEqual({ size: 'large', contrast: 'normal' })
    expect(parseDisplay(undefined)).toEqual({ size: 'normal', contrast: 'normal' })
    expect(displayCss(parseDisplay('large.normal'))).toMatch(/^html\{font-size:125%\}/)
    expect(displayCss(parseDisplay(''))).toMatch(/^@media \(prefers-contrast: more\)/)
  })

  it.each([
    ['/van-ban', '/van-ban'],
    ['/tim-kiem?q=thủ tục', '/tim-kiem?q=th%E1%BB%A7%20t%E1%BB%A5c'],
    ['/en/procedures#steps', '/en/procedures#steps'],
    ['//evil.example/x', '/'],
    ['/\t/evil.example', '/'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/a\nb', '/'],
    ['', '/'],
    [42, '/'],
  ])('return path %j → %j', (given, expected) => {
    expect(safeReturnPath(given, '/')).toBe(expected)
  })
})

describe('site paths to redirect to', () => {
  it.each([
    ['/.//evil.example', null],
    ['/..//evil.example', null],
    ['/a/..//evil.example', null],
    ['/%2e//evil.example', null],
    ['//evil.example', null],
    ['/\t/evil.example', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['/thu-tuc-hanh-chinh/../tin-tuc?trang=2#dau', '/tin-tuc?trang=2#dau'],
    ['/en/procedures', '/en/procedures'],
  ])('%j → %j', (given, expected) => {
    expect(sitePath(given)).toBe(expected)
  })
})
