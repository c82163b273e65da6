/**
 * Vietnamese typed with no input method active: the keystrokes of Telex ("dduwowngf" for đường) or
 * VNI ("d9u7o7ng2") arrive as plain letters and digits. They are read back here into the word they
 * stand for, written with its marks (for "results for: đường dây nóng") and folded (what the index
 * compares). Written here because no npm package does this for a search box; the rules are the
 * keyboards' own, and the tone is placed as Vietnamese spelling places it.
 */
import { foldText } from './normalize'

/** A folded Vietnamese syllable: an onset, one to three vowels, a final consonant. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/

export const isFoldedSyllable = (word: string) => SYLLABLE.test(word)

const TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' } as const
const VNI_TONES: Record<string, string> = { '1': TONES.s, '2': TONES.f, '3': TONES.r, '4': TONES.x, '5': TONES.j }
const CIRCUMFLEX = '\u0302'
const BREVE = '\u0306'
const HORN = '\u031b'

type Letter = { base: string; mark: string }

const isVowel = (letter: Letter) => 'aeiouy'.includes(letter.base)

/** Puts the tone where Vietnamese spelling puts it, and composes the word (NFC). */
function compose(letters: Letter[], tone: string): string {
  let start = letters.findIndex(isVowel)
  if (start === -1) return ''
  // In "qu…" and "gi…" (before another vowel) the u and the i belong to the onset.
  const onset = letters
    .slice(0, start)
    .map((letter) => letter.base)
    .join('')
  if (
    (onset === 'q' && letters[start].base === 'u') ||
    (onset === 'g' && letters[start].base === 'i' && letters[start + 1] && isVowel(letters[start + 1]))
  )
    start++
  let end = start
  while (end < letters.length && isVowel(letters[end])) end++
  const vowels = letters.slice(start, end)
  const coda = end < letters.length
  let at = vowels.map((letter) => Boolean(letter.mark)).lastIndexOf(true)
  if (at === -1) at = vowels.length === 1 ? 0 : coda ? vowels.length - 1 : vowels.length === 3 ? 1 : 0
  if (vowels[at]) vowels[at] = { ...vowels[at], mark: vowels[at].mark + tone }
  const word = [...letters.slice(0, start), ...vowels, ...letters.slice(end)]
    .map((letter) => (letter.base === 'đ' ? 'đ' : letter.base + letter.mark))
    .join('')
  return word.normalize('NFC')
}

/** The last vowel among `bases` before position `end`, or -1. */
const lastOf = (letters: Letter[], bases: string, end = letters.length) => {
  for (let i = end - 1; i >= 0; i--) if (bases.includes(letters[i].base) && !letters[i].mark) return i
  return -1
}

/** "uo" → "ươ" (both horns, as "uow", "uwow" and VNI "uo7" mean); otherwise the last o or u. */
function horn(letters: Letter[]): boolean {
  const o = lastOf(letters, 'o')
  if (o > 0 && letters[o - 1].base === 'u') {
    letters[o - 1].mark = HORN
    letters[o].mark = HORN
    return true
  }
  const at = lastOf(letters, 'ou')
  if (at === -1) return false
  letters[at].mark = HORN
  return true
}

/** Telex: dd → đ; aa, aw → â, ă; ee → ê; oo, ow → ô, ơ; uw or a lone w → ư; s f r x j after a vowel set the tone, z clears it. */
function readTelex(word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null
  const letters: Letter[] = []
  let tone = ''
  let keys = 0
  for (const ch of word) {
    const last = letters[letters.length - 1]
    const hasVowel = letters.some(isVowel)
    if (ch === 'd' && last?.base === 'd' && letters.length === 1) {
      letters[0] = { base: 'đ', mark: '' }
    } else if ('aeo'.includes(ch) && last?.base === ch && !last.mark) {
      last.mark = CIRCUMFLEX
    } else if (ch === 'w') {
      const a = lastOf(letters, 'a')
      if (a !== -1 && a === letters.length - 1) letters[a].mark = BREVE
      else if (!horn(letters)) letters.push({ base: 'u', mark: HORN })
    } else if (ch in TONES && hasVowel) {
      tone = TONES[ch as keyof typeof TONES]
    } else if (ch === 'z' && hasVowel) {
      tone = ''
    } else {
      letters.push({ base: ch, mark: '' })
      continue
    }
    keys++
  }
  return keys ? compose(letters, tone) : null
}

/** VNI: 1–5 set the tone, 6 the circumflex, 7 the horn, 8 the breve, 9 đ, 0 clears the tone. */
function readVni(word: string): string | null {
  if (!/^[a-z][a-z0-9]*$/.test(word) || !/[0-9]/.test(word) || !/[aeiouy]/.test(word)) return null
  const letters: Letter[] = []
  let tone = ''
  for (const ch of word) {
    if (ch in VNI_TONES) tone = VNI_TONES[ch]
    else if (ch === '0') tone = ''
    else if (ch === '6') {
      const at = lastOf(letters, 'aeo')
      if (at === -1) return null
      letters[at].mark = CIRCUMFLEX
    } else if (ch === '7') {
      if (!horn(letters)) return null
    } else if (ch === '8') {
      const at = lastOf(letters, 'a')
      if (at === -1) return null
      letters[at].mark = BREVE
    } else if (ch === '9') {
      const at = letters.findIndex((letter) => letter.base === 'd')
      if (at === -1) return null
      letters[at] = { base: 'đ', mark: '' }
    } else letters.push({ base: ch, mark: '' })
  }
  return compose(letters, tone)
}

export type TypedWord = { written: string; folded: string }

/**
 * What a folded word typed in Telex or VNI stands for ("dduwowngf" → đường / duong, "ky1" → ký / ky),
 * or null when it carries no such keys or does not read as a Vietnamese syllable. Callers prefer the
 * word as typed when the index knows it ("a1" is a driving-licence class, not "á").
 */
export function readTyped(word: string): TypedWord | null {
  for (const written of [readVni(word), readTelex(word)]) {
    if (!written) continue
    const folded = foldText(written)
    if (folded !== word && isFoldedSyllable(folded)) return { written, folded }
  }
  return null
}
