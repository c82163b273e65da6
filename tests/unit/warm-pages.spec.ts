import { describe, expect, it } from 'vitest'

import { pagesOf } from '@/cms/hooks/revalidate'

describe('pagesOf: what a save renders again at once', () => {
  it("a published document's page and its list, in both languages", () => {
    expect(pagesOf('procedures', { id: 1, _status: 'published', slug: 'dang-ky-khai-sinh' })).toEqual([
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      '/thu-tuc-hanh-chinh',
      '/en/procedures/dang-ky-khai-sinh',
      '/en/procedures',
    ])
    expect(pagesOf('pages', { id: 2, _status: 'published', slug: 'gioi-thieu' })).toEqual(['/gioi-thieu', '/en/about'])
  })
  it('nothing for a draft, a document without a slug, or a collection without pages', () => {
    expect(pagesOf('procedures', { id: 1, _status: 'draft', slug: 'x' })).toEqual([])
    expect(pagesOf('procedures', { id: 1, _status: 'published', slug: null })).toEqual([])
    expect(pagesOf('agencies', { id: 1, _status: 'published', slug: 'x' })).toEqual([])
  })
})
