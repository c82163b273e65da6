/**
 * Text folding for search: "THỦ TỤC Hành chính" and "thu tuc hanh chinh" fold to the same text, and
 * "107/2020/NĐ-CP" and "107/2020/ND-CP" to the same code key.
 *
 * Positions: foldText is one UTF-16 code unit in, one out, on NFC text. Offsets returned here
 * (highlightRanges, excerptAround) refer to the NFC form of the text, so callers that slice the
 * original themselves must pass NFC text (see toNfc).
 */

export type TextRange = [start: number, end: number]

export type Excerpt = { text: string; ranges: TextRange[] }

const MAX_TOKENS = 12
const MAX_TOKEN_LENGTH = 64

/**
 * Word characters: letters, digits, and the combining marks that survive folding (only those of
 * scripts such as Thai or Devanagari, which have no precomposed form), so such words stay whole.
 */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const WORDS = /[\p{L}\p{N}\p{M}]+/gu
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MARKS = /\p{M}/gu

const foldCache = new Map<string, string>()

/** Unicode NFC (composed) form: the form every offset in this module refers to. */
export function toNfc(text: string): string {
  return text.normalize('NFC')
}

/** One UTF-16 code unit folded to exactly one code unit. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch
  // A half of a surrogate pair (emoji, astral letters): kept as-is.
  if (code >= 0xd800 && code <= 0xdfff) return ch
  let folded = foldCache.get(ch)
  if (folded === undefined) {
    folded = foldBmpChar(ch)
    foldCache.set(ch, folded)
  }
  return folded
}

function foldBmpChar(ch: string): string {
  const bare = ch.normalize('NFD').replace(MARKS, '').toLowerCase()
  // đ, plus the look-alike eth (Ð/ð) that legacy Vietnamese text sometimes uses for Đ.
  if (bare === 'đ' || bare === 'ð') return 'd'
  if (bare.length === 1) return bare
  // Decomposes to several letters (Hangul), to nothing (a lone combining mark), or lowercases to
  // two units (İ is handled above by its decomposition): keep one unit.
  const lower = ch.toLowerCase()
  return lower.length === 1 ? lower : ch
}

/**
 * Lowercase, strip diacritics (Vietnamese tones and ă â ê ô ơ ư), đ → d. Punctuation is kept.
 * The input is NFC-normalised first; the result has exactly the length of toNfc(text), and each
 * position maps to the same position in toNfc(text). Astral characters (emoji) are kept unchanged.
 */
export function foldText(text: string): string {
  const nfc = toNfc(text)
  let out = ''
  for (let i = 0; i < nfc.length; i++) out += foldChar(nfc[i])
  return out
}

/** The folded words of a text, in order: anything that is not a letter or digit separates words. */
export function foldedWords(text: string): string[] {
  return (foldText(text).match(WORDS) ?? []).filter((word) => HAS_LETTER_OR_DIGIT.test(word))
}

/**
 * Folded words of a query, in order, without duplicates: at most 12, each at most 64 characters
 * (longer ones are dropped).
 */
export function searchTokens(query: string): string[] {
  const tokens: string[] = []
  for (const word of foldedWords(query)) {
    if (word.length > MAX_TOKEN_LENGTH || tokens.includes(word)) continue
    tokens.push(word)
    if (tokens.length === MAX_TOKENS) break
  }
  return tokens
}

/** Key for document numbers and procedure codes: "13/CT-TTg" and "13 ct ttg" → "13ctttg". */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '')
}

/**
 * Whether a query looks like a document number or procedure code: it has a digit and a code key of
 * at least 3 characters. A bare number ("2020", "107") is not a code: it is searched as a word.
 * Mixed queries ("đất đai 2020") count as code-like, so treat true as "also try code matching".
 */
export function looksLikeCode(query: string): boolean {
  const value = query.trim()
  if (!/\d/.test(value) || /^\d+$/.test(value)) return false
  return compactKey(value).length >= 3
}

/** The full character (code point) ending just before position i. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return ''
  const low = text.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i)
  }
  return text[i - 1]
}

/** Sort ranges by start and merge those that overlap or touch. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: TextRange[] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/**
 * Where any token occurs at the start of a word of the text (case- and diacritic-insensitive), as
 * sorted, merged [start, end) ranges in toNfc(original). Tokens are folded here too.
 */
export function highlightRanges(original: string, tokens: string[]): TextRange[] {
  const folded = foldText(original)
  const ranges: TextRange[] = []
  for (const token of new Set(tokens.map(foldText))) {
    if (!token) continue
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
      if (!WORD_CHAR.test(charBefore(folded, at))) ranges.push([at, at + token.length])
    }
  }
  return mergeRanges(ranges)
}

/** Move a cut off the middle of a surrogate pair (towards the start). */
function atCodePoint(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return i > 0 && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i
}

/**
 * A window of at most maxLength characters of the text (whitespace collapsed to single spaces),
 * centred on the first match or taken from the start, cut between words, with "…" on each cut side
 * (so text is at most maxLength + 2 long). Ranges are the matches within the window, relative to text.
 */
export function excerptAround(original: string, tokens: string[], maxLength = 240): Excerpt {
  const text = toNfc(original).replace(/\s+/g, ' ').trim()
  const ranges = highlightRanges(text, tokens)
  const limit = Math.max(1, Math.floor(maxLength))
  if (text.length <= limit) return { text, ranges }

  const [matchStart, matchEnd] = ranges[0] ?? [0, 0]
  const centre = Math.floor((matchStart + matchEnd) / 2)
  let start = Math.min(Math.max(0, centre - Math.floor(limit / 2)), text.length - limit)
  let end = start + limit

  // Cut between words, unless the only word break would cut into the first match.
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < matchStart) start = space + 1
  }
  if (end < text.length && text[end] !== ' ') {
    const space = text.lastIndexOf(' ', end - 1)
    if (space > start && space >= matchEnd) end = space
  }
  start = atCodePoint(text, start) // may step back one unit onto a pair start; end then steps back too
  end = atCodePoint(text, Math.min(end, start + limit))
  while (text[start] === ' ') start++
  while (end > start && text[end - 1] === ' ') end--

  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const shift = prefix.length - start
  const inWindow: TextRange[] = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift])
  return { text: prefix + text.slice(start, end) + suffix, ranges: inWindow }
}
