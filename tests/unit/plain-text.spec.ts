import { describe, expect, it } from 'vitest'

import { plainText } from '@/domain/plainText'

const text = (value: string, extra: object = {}) => ({ type: 'text', text: value, format: 0, version: 1, ...extra })
const node = (type: string, children: object[], extra: object = {}) => ({ type, children, version: 1, ...extra })
const lexical = (...children: object[]) => ({ root: node('root', children) })

describe('plainText', () => {
  it('keeps strings, drops machine values, booleans and numbers', () => {
    expect(plainText('Đăng ký khai sinh')).toBe('Đăng ký khai sinh')
    expect(plainText('6650f1c2a1b2c3d4e5f60718')).toBe('')
    expect(plainText('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe('')
    expect(plainText('2026-01-31T08:00:00.000Z')).toBe('')
    expect(plainText(true)).toBe('')
    expect(plainText(7)).toBe('')
    expect(plainText(null)).toBe('')
  })

  it('reads Lexical rich text as one line per block', () => {
    const doc = lexical(
      node('heading', [text('Hồ sơ gồm')], { tag: 'h2' }),
      node('paragraph', [
        text('Tờ khai '),
        text('đậm', { format: 1 }),
        node('link', [text(' và liên kết')], { fields: { url: 'https://example.vn' } }),
      ]),
      node(
        'list',
        [node('listitem', [text('Giấy chứng sinh')]), node('listitem', [text('CCCD'), { type: 'linebreak', version: 1 }, text('bản sao')])],
        { listType: 'bullet' },
      ),
      node('quote', [text('Trích dẫn')]),
      node('table', [node('tablerow', [node('tablecell', [node('paragraph', [text('Ô 1')])]), node('tablecell', [text('Ô 2')])])]),
      { type: 'upload', value: '6650f1c2a1b2c3d4e5f60718', version: 1 },
      { type: 'block', fields: { blockType: 'note', text: 'bỏ qua' }, version: 1 },
      { type: 'horizontalrule', version: 1 },
      node('paragraph', [{ type: 'tab', text: '\t', version: 1 }, text('Cuối')]),
    )
    expect(plainText(doc)).toBe('Hồ sơ gồm\nTờ khai đậm và liên kết\nGiấy chứng sinh\nCCCDbản sao\nTrích dẫn\nÔ 1\n\nÔ 2\n\tCuối')
  })

  it('reads an empty editor as nothing', () => {
    expect(plainText(lexical())).toBe('')
    expect(plainText(lexical(node('paragraph', [])))).toBe('')
    expect(plainText(lexical(node('paragraph', [text('')])))).toBe('')
    expect(plainText({ root: { type: 'root' } })).toBe('')
  })

  it('reads arrays and groups field by field, skipping ids and machine keys', () => {
    const steps = [
      { id: '6650f1c2a1b2c3d4e5f60718', title: 'Bước 1', body: lexical(node('paragraph', [text('Nộp hồ sơ')])) },
      { id: '6650f1c2a1b2c3d4e5f60719', title: 'Bước 2', url: '/tep.pdf', blockType: 'step', count: 3 },
    ]
    expect(plainText(steps)).toBe('Bước 1\nNộp hồ sơ\nBước 2')
  })
})
