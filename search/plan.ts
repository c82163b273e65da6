import { compactKey, looksLikeCode, searchTokens } from '@/domain/search/normalize'
import { queryReferences } from '@/domain/search/references'
import { readTyped } from '@/domain/search/typing'
import { GENERIC_WORDS, phraseWords, SHIPPED_SYNONYMS } from '@/domain/search/vocabulary'
import { type Lang, stemStart } from './memoryIndex'

/**
 * One way of matching a part of the query: its words, how much a match through it counts, and
 * whether it counts only when all its words are there (a synonym: "giấy chứng nhận quyền sử dụng
 * đất" is not found by "giấy" alone).
 */
export type Alternative = { terms: string[]; factor: number; whole?: boolean }

/** A part of the query (a word, or a phrase the vocabulary knows) and the ways it may match. */
export type Clause = { typed: string[]; alternatives: Alternative[]; weight: number }

export type Plan = {
  clauses: Clause[]
  /** The compact code key when the query looks like a number or code ("13ctttg"). */
  code: string | null
  /** Reference keys of the documents it names ("r:42:2022:nghidinh"). */
  references: string[]
  /** The meaningful words in order, for the bonus of finding them side by side. */
  phrase: string[]
  /** Words to highlight whole, and starts of words (the word being typed; English stems). */
  highlight: { words: string[]; prefixes: string[] }
  /** What a word not in the index was read as (Telex, VNI) or corrected to, with how it is written when known. */
  corrections: Map<string, Correction>
}

export type Correction = { folded: string; written?: string }

/** The words the index knows, as the plan asks of them. */
export interface Lexicon {
  /** A word as the index holds it (an English word by its stem). */
  term(word: string): string
  has(word: string): boolean
  /** How many entries hold the word. */
  frequency(word: string): number
  completions(prefix: string, limit: number): string[]
  nearby(word: string, max: 1 | 2, limit: number): string[]
}

const FACTOR = { typed: 1, synonym: 0.9, completion: 0.75, slip: 0.6 } as const
/** How much a generic word ("thủ tục", "làm thế nào") weighs beside a meaningful one. */
export const GENERIC_WEIGHT = 0.15
/** Words shorter than this are read as slips of another only when two letters are swapped (short words have too many neighbours). */
const MIN_SLIP_LENGTH = 5
const COMPLETIONS = 12
/** At most this many words of a query are tried for slips: each costs a pass over the vocabulary. */
const MAX_SLIPPED_WORDS = 4
/** A word in this many entries or fewer may itself be a slip: its neighbours are tried too, below it. */
const RARE = 2
const SLIPS = 4

type Vocabulary = Map<string, { words: string[]; group: string[][] | null }[]>

/** Compiled once per list of editors' groups (a new list every reload of them) and language. */
const vocabularyCache = new WeakMap<string[][], Partial<Record<Lang, Vocabulary>>>()

/** Shipped and editors' synonym groups and the generic words, by first word, longest phrase first. */
function vocabulary(lang: Lang, extra: string[][], term: (word: string) => string): Vocabulary {
  const cached = vocabularyCache.get(extra)?.[lang]
  if (cached) return cached
  const table: Vocabulary = new Map()
  const add = (words: string[], group: string[][] | null) => {
    if (!words.length) return
    const list = table.get(words[0]) ?? []
    list.push({ words, group })
    table.set(words[0], list)
  }
  // Generic words first: of two phrases as long, the first is taken (an editor's group cannot undo them).
  for (const phrase of GENERIC_WORDS[lang]) add(phrase.split(' ').map(term), null)
  for (const group of [...SHIPPED_SYNONYMS, ...extra]) {
    const phrases = group.map((phrase) => phraseWords(phrase).map(term)).filter((words) => words.length)
    for (const words of phrases) add(words, phrases)
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length)
  vocabularyCache.set(extra, { ...vocabularyCache.get(extra), [lang]: table })
  return table
}

const swapped = (a: string, b: string) =>
  a.length === b.length && [...a].filter((ch, i) => ch !== b[i]).length === 2 && [...a].sort().join('') === [...b].sort().join('')

/** Distinct words a query may look up, across its alternatives (the typed words always count). */
const MAX_TERMS = 60

/** Drops the alternatives (never the words as typed) past MAX_TERMS distinct words. */
function withinTerms(clauses: Clause[]): Clause[] {
  const seen = new Set(clauses.flatMap((clause) => clause.typed))
  return clauses.map((clause) => ({
    ...clause,
    alternatives: clause.alternatives.filter(({ terms }) => {
      if (terms.every((term) => seen.has(term))) return true
      if (seen.size + terms.length > MAX_TERMS) return false
      for (const term of terms) seen.add(term)
      return true
    }),
  }))
}

const startsWith = (tokens: string[], at: number, words: string[]) => words.every((word, i) => tokens[at + i] === word)

/**
 * A word as the index may hold it: as typed if the index knows it, else as read from Telex or VNI
 * keystrokes ("dduwowngf" → "duong") if the index knows that.
 */
function canonical(token: string, lang: Lang, lexicon: Lexicon, corrections: Plan['corrections']): string {
  const term = lexicon.term(token)
  if (lexicon.has(term) || lang !== 'vi') return term
  const read = readTyped(token)
  if (read && lexicon.has(read.folded)) {
    corrections.set(token, read)
    return read.folded
  }
  return token
}

/** How a single word may match: as typed, as the start of a longer word (the last one), or through one slip. */
function wordClause(
  token: string,
  last: boolean,
  lexicon: Lexicon,
  corrections: Plan['corrections'],
  slipsLeft: { count: number },
): Clause {
  const alternatives: Alternative[] = [{ terms: [token], factor: FACTOR.typed }]
  const letters = /^[a-z]+$/.test(token)
  let completions = 0
  if (last && token.length >= 2)
    for (const word of lexicon.completions(token, COMPLETIONS)) {
      alternatives.push({ terms: [word], factor: FACTOR.completion })
      completions++
    }
  // A word the index does not know, or knows from one or two entries only (a slip in an editor's text).
  if (lexicon.frequency(token) <= RARE && letters && token.length >= MIN_SLIP_LENGTH - 1 && slipsLeft.count-- > 0) {
    // A short word is forgiven only two letters swapped ("sihn"); a longer one any one slip.
    const near = lexicon.nearby(token, 1, SLIPS).filter((word) => token.length >= MIN_SLIP_LENGTH || swapped(token, word))
    for (const word of near) alternatives.push({ terms: [word], factor: FACTOR.slip })
    // A word still being typed ("khai si") is not a slip.
    if (near[0] && !completions && !lexicon.has(token)) corrections.set(token, { folded: near[0] })
  }
  return { typed: [token], alternatives, weight: 1 }
}

/**
 * How a query is matched: its words read back from Telex/VNI where needed, split into the phrases
 * the vocabulary knows (each with its synonyms) and single words (with completions and slips),
 * generic words weighted down, plus the numbers, codes and document references it names.
 */
export function planQuery(query: string, lang: Lang, lexicon: Lexicon, extraSynonyms: string[][] = []): Plan {
  const corrections: Plan['corrections'] = new Map()
  const raw = searchTokens(query)
  const tokens = raw.map((token) => canonical(token, lang, lexicon, corrections))
  const table = vocabulary(lang, extraSynonyms, lexicon.term)
  const clauses: Clause[] = []
  const slipsLeft = { count: MAX_SLIPPED_WORDS }
  for (let at = 0; at < tokens.length;) {
    const known = (table.get(tokens[at]) ?? []).find((entry) => startsWith(tokens, at, entry.words))
    if (!known) {
      clauses.push(wordClause(tokens[at], at === tokens.length - 1, lexicon, corrections, slipsLeft))
      at++
      continue
    }
    const { words, group } = known
    const alternatives = group
      ? group.map((terms) =>
          terms.join(' ') === words.join(' ') ? { terms, factor: FACTOR.typed } : { terms, factor: FACTOR.synonym, whole: true },
        )
      : [{ terms: words, factor: FACTOR.typed }]
    clauses.push({ typed: words, alternatives, weight: group ? 1 : GENERIC_WEIGHT })
    at += words.length
  }
  const kept = withinTerms(clauses)
  const matched = [...new Set(kept.flatMap((clause) => clause.alternatives.flatMap((alternative) => alternative.terms)))]
  const meaningful = clauses.filter((clause) => clause.weight === 1).flatMap((clause) => clause.typed)
  const last = tokens[tokens.length - 1]
  const lastClause = clauses[clauses.length - 1]
  return {
    clauses: kept,
    code: looksLikeCode(query) ? compactKey(query) : null,
    references: queryReferences(query),
    phrase: meaningful,
    highlight:
      lang === 'en'
        ? { words: [], prefixes: matched.map(stemStart) }
        : { words: matched, prefixes: lastClause?.typed.length === 1 && lastClause.typed[0] === last ? [last] : [] },
    corrections,
  }
}

/** The query with each corrected word replaced, or null when nothing was corrected. */
export function suggestion(query: string, plan: Plan, written: (word: string) => string): string | null {
  if (!plan.corrections.size) return null
  const raw = searchTokens(query)
  if (raw.every((token) => !plan.corrections.has(token))) return null
  return raw
    .map((token) => {
      const correction = plan.corrections.get(token)
      return correction ? (correction.written ?? written(correction.folded)) : written(token)
    })
    .join(' ')
}
