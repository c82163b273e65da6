import fs from 'node:fs'

import { tryToParsePath } from 'next/dist/lib/try-to-parse-path'
import { describe, expect, it } from 'vitest'

import { findRedirect, loopProblem, normaliseFrom, normaliseTo, OLD_PORTAL_EXTENSIONS, type RedirectRule } from '@/domain/redirects'

describe('redirect rules', () => {
  it.each([
    ['http://cchc.example.gov.vn/Pages/Tin.aspx?ItemID=5&b=2', '/pages/tin.aspx?b=2&itemid=5'],
    ['/tin-tuc/ten-cu/', '/tin-tuc/ten-cu'],
    ['/thu-tuc/%C4%90%C4%83ng-k%C3%BD', '/thu-tuc/đăng-ký'],
  ])('keys %s as %s', (input, key) => expect(normaliseFrom(input)).toEqual({ ok: true, value: key }))

  it.each(['/', '/en', '/admin', '/admin/collections/users', '/api/users', '/_next/static/x.js', 'http://old.example.vn/'])(
    'refuses to redirect %s',
    (input) => expect(normaliseFrom(input).ok).toBe(false),
  )

  it('takes a path here or https, nothing else', () => {
    expect(normaliseTo('/van-ban?nam=2024').ok).toBe(true)
    expect(normaliseTo('https://dichvucong.gov.vn/').ok).toBe(true)
    for (const target of ['//evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'http://example.vn', 'van-ban'])
      expect(normaliseTo(target).ok).toBe(false)
  })

  it('matches the exact query first, then the path whatever the query', () => {
    const rules = new Map<string, RedirectRule>([
      ['/pages/tin.aspx?itemid=5', { from: '/pages/tin.aspx?itemid=5', to: '/tin-tuc/a', status: 301 }],
      ['/pages/tin.aspx', { from: '/pages/tin.aspx', to: '/tin-tuc', status: 302 }],
    ])
    expect(findRedirect(rules, '/Pages/Tin.aspx', '?ItemID=5')?.to).toBe('/tin-tuc/a')
    expect(findRedirect(rules, '/Pages/Tin.aspx', '?ItemID=6')?.to).toBe('/tin-tuc')
    expect(findRedirect(rules, '/tin-tuc', '')).toBeNull()
  })

  it('finds loops through other rules', () => {
    const others = new Map([
      ['/b', '/c'],
      ['/c', '/a'],
    ])
    expect(loopProblem({ from: '/a', to: '/b' }, others)?.vi).toBe('vòng lặp: /a → /b → /c → /a')
    expect(loopProblem({ from: '/a', to: '/a' }, others)?.vi).toMatch(/trùng/)
    expect(loopProblem({ from: '/a', to: '/d' }, others)).toBeNull()
    expect(loopProblem({ from: '/a', to: 'https://example.vn/a' }, others)).toBeNull()
  })

  it('finds loops through full addresses of this site (SITE_URL, either scheme, any case), not of another', () => {
    const site = 'https://cchc.example.gov.vn'
    const others = new Map([['/b', 'https://CCHC.example.gov.vn/a']])
    expect(loopProblem({ from: '/a', to: '/b' }, others, site)?.vi).toBe('vòng lặp: /a → /b → /a')
    expect(loopProblem({ from: '/a', to: 'http://cchc.example.gov.vn/A/' }, new Map(), site)?.vi).toMatch(/trùng/)
    expect(loopProblem({ from: '/a', to: 'https://cchc.example.gov.vn/b' }, new Map([['/b', '/a']]), site)?.vi).toMatch(/vòng lặp/)
    expect(loopProblem({ from: '/a', to: 'https://other.example.vn/b' }, new Map([['/b', '/a']]), site)).toBeNull()
  })
})

describe('the proxy’s matcher', () => {
  // As Next reads it: proxy.ts's last matcher, a literal, through Next's own parser.
  const source = fs.readFileSync('proxy.ts', 'utf8')
  const literal = [...source.matchAll(/^ {4}'(.+)',$/gm)].map((match) => match[1].replace(/\\\\/g, '\\')).at(-1)!
  const matcher = new RegExp(tryToParsePath(literal).regexStr!)

  it('lists the old portal’s extensions, in lower and upper case', () => {
    const listed = /\(\?:([^)]+)\)\)$/.exec(literal)![1].split('|')
    expect(listed).toEqual(OLD_PORTAL_EXTENSIONS.flatMap((extension) => [...new Set([extension, extension.toUpperCase()])]))
  })

  it.each([
    '/Uploads/Anh hoi nghi.JPG',
    '/uploads/tin/anh.png',
    '/Files/baocao.pptx',
    '/tai-lieu/bieu-mau.zip',
    '/a/b.rar',
    '/a/huong-dan.txt',
    '/Pages/VanBan.aspx',
  ])('sends the old portal’s %s through the proxy (for its redirect)', (path) => expect(matcher.test(path)).toBe(true))

  it.each([
    '/_next/static/chunks/app.js',
    '/_next/static/media/logo.png',
    '/_next/image',
    '/api/media/file/anh.png',
    '/favicon.svg',
    '/sitemap.xml',
  ])('leaves the portal’s own file %s alone (no lookup)', (path) => expect(matcher.test(path)).toBe(false))
})
