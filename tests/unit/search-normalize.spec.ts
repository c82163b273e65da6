import { describe, expect, it } from 'vitest'

import {
  compactKey,
  excerptAround,
  foldText,
  highlightRanges,
  looksLikeCode,
  mergeRanges,
  searchTokens,
  toNfc,
} from '@/domain/search/normalize'

describe('foldText and searchTokens', () => {
  it.each([
    // Tones on each vowel family: ngang, huyền, sắc, hỏi, ngã, nặng.
    ['a à á ả ã ạ', ['a']],
    ['ă ằ ắ ẳ ẵ ặ', ['a']],
    ['â ầ ấ ẩ ẫ ậ', ['a']],
    ['e è é ẻ ẽ ẹ', ['e']],
    ['ê ề ế ể ễ ệ', ['e']],
    ['i ì í ỉ ĩ ị', ['i']],
    ['o ò ó ỏ õ ọ', ['o']],
    ['ô ồ ố ổ ỗ ộ', ['o']],
    ['ơ ờ ớ ở ỡ ợ', ['o']],
    ['u ù ú ủ ũ ụ', ['u']],
    ['ư ừ ứ ử ữ ự', ['u']],
    ['y ỳ ý ỷ ỹ ỵ', ['y']],
    ['Ă Ắ Ặ Â Ấ Ậ', ['a']],
    ['Ê Ế Ệ Ô Ố Ộ', ['e', 'o']],
    ['Ơ Ớ Ợ Ư Ứ Ự', ['o', 'u']],
    // Words.
    ['huyền hỏi ngã sắc nặng', ['huyen', 'hoi', 'nga', 'sac', 'nang']],
    ['trường người nghiêng', ['truong', 'nguoi', 'nghieng']],
    ['khuyết tật', ['khuyet', 'tat']],
    ['ưu tiên', ['uu', 'tien']],
    ['đất đai', ['dat', 'dai']],
    ['ĐẤT ĐAI', ['dat', 'dai']],
    ['Đăng ký khai sinh', ['dang', 'ky', 'khai', 'sinh']],
    ['THỦ TỤC', ['thu', 'tuc']],
    ['Thủ Tục hÀnh ChÍnh', ['thu', 'tuc', 'hanh', 'chinh']],
    ['thu tuc hanh chinh', ['thu', 'tuc', 'hanh', 'chinh']],
    ['THỦ TỤC HÀNH CHÍNH', ['thu', 'tuc', 'hanh', 'chinh']],
    ['thủ tục hành chính', ['thu', 'tuc', 'hanh', 'chinh']],
    ['Giấy phép lái xe', ['giay', 'phep', 'lai', 'xe']],
    ['Ủy ban nhân dân', ['uy', 'ban', 'nhan', 'dan']],
    // Document numbers and procedure codes.
    ['13/CT-TTg', ['13', 'ct', 'ttg']],
    ['107/2020/NĐ-CP', ['107', '2020', 'nd', 'cp']],
    ['107/2020/ND-CP', ['107', '2020', 'nd', 'cp']],
    ['1.0011', ['1', '0011']],
    ['2.000908', ['2', '000908']],
    // Punctuation, whitespace, duplicates.
    ['  thủ   tục,   hành\tchính!! ', ['thu', 'tuc', 'hanh', 'chinh']],
    ['"cấp" (lại) giấy-phép?', ['cap', 'lai', 'giay', 'phep']],
    ['thủ tục THỦ TỤC thu tuc', ['thu', 'tuc']],
    ['…—–•', []],
    ['', []],
    ['   \t\n ', []],
    // Emoji and other scripts.
    ['🙂 thủ tục 🙂', ['thu', 'tuc']],
    ['Straße ÆØÅ', ['straße', 'æøa']],
  ])('%j → %j', (query, tokens) => {
    expect(searchTokens(query)).toEqual(tokens)
  })

  it('folds every Vietnamese letter, upper and lower case, to a single a-z letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ'
    for (const ch of letters + letters.toUpperCase()) expect(foldText(ch), ch).toMatch(/^[a-z]$/)
  })

  it('folds decomposed (NFD) text the same as composed text', () => {
    for (const text of ['thủ tục', 'Đăng ký khai sinh', 'THỦ TỤC HÀNH CHÍNH', 'Nghị định 107/2020/NĐ-CP']) {
      const nfd = text.normalize('NFD')
      expect(nfd).not.toBe(text)
      expect(foldText(nfd)).toBe(foldText(text))
      expect(searchTokens(nfd)).toEqual(searchTokens(text))
    }
    expect(foldText('thủ tục'.normalize('NFD'))).toBe('thu tuc')
  })

  it('keeps punctuation and spacing, one character in, one out', () => {
    expect(foldText('Thủ tục: "Cấp lại" (13/CT-TTg)!')).toBe('thu tuc: "cap lai" (13/ct-ttg)!')
    expect(foldText('  a  ')).toBe('  a  ')
  })

  it('keeps the length of the NFC text for emoji, ligatures and odd characters', () => {
    const text = 'Thủ tục 🙂👨‍👩‍👧 ﬁ İ ẞ ŉ 한국 x\u0301 𝐀𝐁 ǅ Ω'
    const folded = foldText(text)
    expect(folded).toHaveLength(toNfc(text).length)
    expect(folded.startsWith('thu tuc 🙂👨‍👩‍👧 ')).toBe(true)
    expect(foldText('🙂')).toBe('🙂')
  })

  it('never changes the length of any single BMP character (after NFC)', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const ch = String.fromCharCode(code)
      expect(foldText(ch).length).toBe(toNfc(ch).length)
    }
  })

  it('is idempotent', () => {
    const text = 'Nghị định 107/2020/NĐ-CP về THỦ TỤC hành chính 🙂'
    expect(foldText(foldText(text))).toBe(foldText(text))
  })

  it('caps a long query at 12 tokens and drops tokens over 64 characters', () => {
    const words = Array.from({ length: 30 }, (_, i) => `từ${i}`)
    expect(searchTokens(words.join(' '))).toEqual(words.slice(0, 12).map(foldText))
    expect(searchTokens(`${'a'.repeat(65)} thủ ${'b'.repeat(64)}`)).toEqual(['thu', 'b'.repeat(64)])
    expect(searchTokens('thủ tục '.repeat(5000))).toEqual(['thu', 'tuc'])
  })
})

describe('compactKey', () => {
  it.each([
    ['13/CT-TTg', '13ctttg'],
    ['13 ct ttg', '13ctttg'],
    ['13/ct-ttg', '13ctttg'],
    ['107/2020/NĐ-CP', '1072020ndcp'],
    ['107/2020/ND-CP', '1072020ndcp'],
    ['15/2024/QĐ-UBND', '152024qdubnd'],
    ['04-NQ/TU', '04nqtu'],
    ['1.001123', '1001123'],
    ['1.0011', '10011'],
    ['2.000908', '2000908'],
    ['  Số 13 / CT - TTg  ', 'so13ctttg'],
  ])('%s → %s', (text, key) => {
    expect(compactKey(text)).toBe(key)
  })

  it('is the same for NFD input', () => {
    expect(compactKey('107/2020/NĐ-CP'.normalize('NFD'))).toBe('1072020ndcp')
  })
})

describe('looksLikeCode', () => {
  it.each(['13/CT-TTg', '13 ct ttg', '107/2020/NĐ-CP', '107/2020/ND-CP', '1.0011', '2.000908', '04-NQ/TU'])('%s is a code', (query) => {
    expect(looksLikeCode(query)).toBe(true)
  })

  it.each(['thủ tục hành chính', 'đất đai', '', '   ', '2020', ' 107 ', '1', '1.'])('%j is not a code', (query) => {
    expect(looksLikeCode(query)).toBe(false)
  })
})

describe('highlightRanges', () => {
  it('finds folded tokens in the original text', () => {
    expect(highlightRanges('Thủ tục hành chính', ['thu', 'tuc'])).toEqual([
      [0, 3],
      [4, 7],
    ])
    expect(highlightRanges('Thủ tục hành chính', ['THỦ'])).toEqual([[0, 3]])
  })

  it('matches only at word starts', () => {
    expect(highlightRanges('Thủ tục hành chính', ['an'])).toEqual([])
    expect(highlightRanges('hành chính', ['hanh'])).toEqual([[0, 4]])
    expect(highlightRanges('Hồ sơ (hành chính) và hành', ['hanh'])).toEqual([
      [7, 11],
      [22, 26],
    ])
    // Prefixes match: "ch" highlights the start of "chính".
    expect(highlightRanges('hành chính', ['ch'])).toEqual([[5, 7]])
  })

  it('merges overlapping and touching matches, sorted', () => {
    expect(highlightRanges('thủ tục', ['tuc', 'thu', 'th'])).toEqual([
      [0, 3],
      [4, 7],
    ])
    expect(highlightRanges('Số 13/CT-TTg', ['13', 'ct', 'ttg'])).toEqual([
      [3, 5],
      [6, 8],
      [9, 12],
    ])
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [2, 4],
        [6, 9],
      ]),
    ).toEqual([
      [0, 4],
      [5, 9],
    ])
  })

  it('gives positions in the NFC text, also after emoji', () => {
    const text = '🙂 Đăng ký khai sinh'
    const ranges = highlightRanges(text, ['dang', 'sinh'])
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Đăng', 'sinh'])
    const nfd = 'thủ tục'.normalize('NFD')
    const nfc = toNfc(nfd)
    expect(highlightRanges(nfd, ['tuc']).map(([s, e]) => nfc.slice(s, e))).toEqual(['tục'])
  })

  it('returns nothing for no or empty tokens', () => {
    expect(highlightRanges('thủ tục', [])).toEqual([])
    expect(highlightRanges('thủ tục', [''])).toEqual([])
    expect(highlightRanges('', ['thu'])).toEqual([])
  })
})

describe('excerptAround', () => {
  const filler = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ')
  const long = `${filler('trước', 60)} Thủ tục cấp giấy phép xây dựng ${filler('sau', 80)}`

  it('returns short text whole, with whitespace collapsed and ranges on the collapsed text', () => {
    const excerpt = excerptAround('  Thủ   tục\n\nhành  chính  ', ['hanh'])
    expect(excerpt).toEqual({ text: 'Thủ tục hành chính', ranges: [[8, 12]] })
  })

  it('centres a window on the first match, cut between words, with ellipses', () => {
    const { text, ranges } = excerptAround(long, ['giay', 'phep'], 100)
    expect(text.length).toBeLessThanOrEqual(102)
    expect(text.startsWith('…trước ')).toBe(true)
    expect(text.endsWith(' sau…')).toBe(true)
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['giấy', 'phép'])
    const middle = (ranges[0][0] + ranges[1][1]) / 2
    expect(Math.abs(middle - text.length / 2)).toBeLessThan(15)
  })

  it('starts at the beginning when nothing matches', () => {
    const { text, ranges } = excerptAround(long, ['khong'], 50)
    expect(ranges).toEqual([])
    expect(text.startsWith('trước')).toBe(true)
    expect(text.endsWith('trước…')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(51)
  })

  it('has no leading ellipsis for a match near the start, nor a trailing one near the end', () => {
    const start = excerptAround(`Hồ sơ gồm ${filler('giấy', 100)}`, ['ho', 'so'], 60)
    expect(start.text.startsWith('Hồ sơ gồm')).toBe(true)
    expect(start.text.endsWith('…')).toBe(true)
    expect(start.ranges).toEqual([
      [0, 2],
      [3, 5],
    ])
    const end = excerptAround(`${filler('giấy', 100)} lệ phí`, ['phi'], 60)
    expect(end.text.startsWith('…')).toBe(true)
    expect(end.text.endsWith('lệ phí')).toBe(true)
    expect(end.ranges.map(([s, e]) => end.text.slice(s, e))).toEqual(['phí'])
  })

  it('stays within maxLength + 2 and keeps ranges inside the text', () => {
    const text = `${filler('thủ tục', 200)} 🙂 ${filler('hành chính', 200)}`
    for (const maxLength of [20, 57, 100, 240]) {
      for (const tokens of [['thu'], ['hanh'], ['chinh', 'tuc'], ['x']]) {
        const excerpt = excerptAround(text, tokens, maxLength)
        expect(excerpt.text.length).toBeLessThanOrEqual(maxLength + 2)
        for (const [s, e] of excerpt.ranges) {
          expect(s).toBeGreaterThanOrEqual(0)
          expect(e).toBeLessThanOrEqual(excerpt.text.length)
          expect(foldText(excerpt.text.slice(s, e))).toMatch(/^(thu|hanh|chinh|tuc)$/)
        }
      }
    }
  })

  it('cuts a single very long word hard rather than drop the match', () => {
    const { text, ranges } = excerptAround(`${'x'.repeat(300)} thủ`, ['thu'], 50)
    expect(text.length).toBeLessThanOrEqual(52)
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['thủ'])
  })
})
