import { type Lang, type LangIndex, type MatchText, type MemoryIndex, stemStart } from './memoryIndex'
import type { Clause, Plan } from './plan'
import { kthLargest } from './select'
import { SEARCH_TYPES, type SearchType } from './sources'

/** BM25's saturation and length normalisation, as Lucene and Elasticsearch default them. */
const K1 = 1.2
const B = 0.75
/** A word in the title counts three times one in the body; the summary half again. */
const FIELD_WEIGHTS = [3, 1.5, 1]
const COVERAGE_OF_BEST = 0.7
/**
 * The share of what the best result matches that a result needs: 70% with two meaningful parts, less with each more (a long
 * question is rarely answered by one record word for word: its ranking does the sorting), and half
 * with one (a synonym, a completion or a slip still counts; scattered words do not).
 */
const coverageOfBest = (plan: Plan) => {
  const parts = plan.clauses.filter((clause) => clause.weight === 1).length
  return parts <= 1 ? 0.5 : COVERAGE_OF_BEST ** (parts - 1)
}
/**
 * When the query has a word the index has never seen (a name, say), a result must also match half of
 * what the query asks, that word weighing as the rarest there is: "Tám Xoan" finds nothing rather than
 * everything with "tám".
 */
const COVERAGE_OF_QUERY = 0.5
/** How many of the best are checked for the words side by side. */
const RERANK = 200
const PHRASE_IN_TITLE = 1.6
const PHRASE_IN_TEXT = 1.2
/** The title is the query's words and nothing else ("Đăng ký khai sinh" for "dang ky khai sinh"). */
const TITLE_IS_QUERY = 1.5
/**
 * What citizens come for most, weighed a little above the rest: a procedure before a news item or an
 * answer in the Q&A that mentions it as much.
 */
const TYPE_WEIGHT: Record<SearchType, number> = {
  procedures: 1.3,
  guides: 1.15,
  'legal-documents': 1.1,
  'contact-points': 1.1,
  events: 1,
  'index-results': 1,
  agencies: 1,
  pages: 1,
  feedback: 0.9,
  news: 0.9,
}

export type Ranked = { slot: number; tier: number; score: number }

/**
 * What a query matched, in parallel typed arrays (tens of thousands for a common word: no object each):
 * the slot, the tier (0 an exact reference or code, 1 a code begun, 2 the rest) and the score.
 */
export type Candidates = { count: number; slots: Int32Array; tiers: Uint8Array; scores: Float64Array }

/** Rarity of a word: a word in every entry says almost nothing (BM25's idf). */
const idf = (entries: number, frequency: number) => Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5))

/**
 * A sparse array over the index's slots: values by slot, and the slots touched, so that it is read
 * and cleared in the time of what was touched (a query touches thousands of 10,000–50,000 slots).
 * Allocated once per index and reused: rank() runs synchronously, one query at a time.
 */
class Accumulator {
  readonly values: Float64Array
  readonly touched: Int32Array
  private readonly seen: Uint8Array
  count = 0

  constructor(size: number) {
    this.values = new Float64Array(size)
    this.touched = new Int32Array(size)
    this.seen = new Uint8Array(size)
  }

  private touch(slot: number) {
    if (this.seen[slot]) return
    this.seen[slot] = 1
    this.touched[this.count++] = slot
  }

  add(slot: number, value: number) {
    this.touch(slot)
    this.values[slot] += value
  }

  max(slot: number, value: number) {
    this.touch(slot)
    if (value > this.values[slot]) this.values[slot] = value
  }

  clear() {
    for (let i = 0; i < this.count; i++) {
      const slot = this.touched[i]
      this.values[slot] = 0
      this.seen[slot] = 0
    }
    this.count = 0
  }
}

type Scratch = {
  size: number
  altScore: Accumulator
  altMatched: Accumulator
  clauseScore: Accumulator
  clauseCover: Accumulator
  score: Accumulator
  cover: Accumulator
  /** Work space for thresholds (select.ts) and for the slots a phrase is checked in. */
  numbers: Float64Array
  picked: Float64Array
  /** Each slot's type weight (TYPE_WEIGHT) and type (its place in SEARCH_TYPES), for the slots up to `weighed`: a slot never changes type (a changed entry takes a new one). */
  weights: Float64Array
  types: Uint8Array
  weighed: number
}
const scratches = new WeakMap<MemoryIndex, Scratch>()

function scratchFor(index: MemoryIndex): Scratch {
  const size = index.entries.length
  const found = scratches.get(index)
  if (found && found.size >= size) return found
  // Room to grow, so that entries added one by one do not reallocate at every query.
  const room = Math.ceil(size * 1.25) + 64
  const fresh = {
    size: room,
    altScore: new Accumulator(room),
    altMatched: new Accumulator(room),
    clauseScore: new Accumulator(room),
    clauseCover: new Accumulator(room),
    score: new Accumulator(room),
    cover: new Accumulator(room),
    numbers: new Float64Array(room),
    picked: new Float64Array(room),
    weights: new Float64Array(room),
    types: new Uint8Array(room),
    weighed: 0,
  }
  scratches.set(index, fresh)
  return fresh
}

/** What a phrase's words count for when they are all there but not side by side (Vietnamese words are syllables: "sổ đỏ" is not "Sở … do"). */
const SCATTERED = 0.4

/** Whether the words stand side by side in a text: exactly in Vietnamese, as starts of words in English. */
function phraseTest(terms: string[], lang: Lang): (text: string) => boolean {
  if (lang === 'vi') {
    const phrase = ` ${terms.join(' ')} `
    return (text) => text.includes(phrase)
  }
  const escape = (term: string) => stemStart(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(` ${terms.map((term) => `${escape(term)}[a-z]*`).join(' ')} `)
  return (text) => pattern.test(text)
}

const inEntry = (text: MatchText, test: (text: string) => boolean) => test(text.title) || test(text.summary) || test(text.body)

/** One word's BM25 score in each live entry holding it, and its rarity: computed once per query. */
type TermScores = { slots: Int32Array; values: Float64Array; weight: number; known: boolean }

/**
 * Word scores kept between queries until the index changes, within a budget of numbers held (about
 * 24 MB): the common words of Vietnamese queries ("thủ tục", "giấy", "cấp") are in most entries, and
 * recomputing them for every query would be most of its time and garbage.
 */
const TERM_CACHE_BUDGET = 2_000_000
type TermCache = { version: number; terms: Map<string, TermScores>; held: number }
const termCaches = new WeakMap<MemoryIndex, Partial<Record<Lang, TermCache>>>()

function termCache(index: MemoryIndex, lang: Lang): TermCache {
  const byLang = termCaches.get(index) ?? {}
  termCaches.set(index, byLang)
  const found = byLang[lang]
  if (found && found.version === index.version) return found
  return (byLang[lang] = { version: index.version, terms: new Map(), held: 0 })
}

function termScores(index: MemoryIndex, words: LangIndex, term: string, entries: number, cache: TermCache): TermScores {
  const cached = cache.terms.get(term)
  if (cached) {
    // Most recently used last: the oldest go first when over budget.
    cache.terms.delete(term)
    cache.terms.set(term, cached)
    return cached
  }
  const found = computeTermScores(index, words, term, entries)
  cache.terms.set(term, found)
  cache.held += found.slots.length
  for (const [oldest, scores] of cache.terms) {
    if (cache.held <= TERM_CACHE_BUDGET || oldest === term) break
    cache.terms.delete(oldest)
    cache.held -= scores.slots.length
  }
  return found
}

function computeTermScores(index: MemoryIndex, words: LangIndex, term: string, entries: number): TermScores {
  const postings = words.postings.get(term)
  const frequency = postings ? words.frequency(term) : 0
  const weight = idf(entries, frequency)
  if (!postings || !frequency) return { slots: new Int32Array(0), values: new Float64Array(0), weight, known: false }
  const average = words.totals.map((total) => Math.max(1, total / Math.max(1, entries)))
  const slots = new Int32Array(postings.slots.length)
  const values = new Float64Array(postings.slots.length)
  let n = 0
  for (let i = 0; i < postings.slots.length; i++) {
    const slot = postings.slots[i]
    if (!index.live(slot)) continue
    const tf = postings.tfs[i]
    let sum = 0
    for (let f = 0, rest = tf; f < 3; f++) {
      // Unpacked in place (memoryIndex.ts: title + summary × 2^8 + body × 2^16): no array per posting.
      const count = f < 2 ? rest % 256 : rest
      rest = Math.floor(rest / 256)
      if (!count) continue
      const length = words.lengths[slot * 3 + f] / average[f]
      sum += (FIELD_WEIGHTS[f] * count * (K1 + 1)) / (count + K1 * (1 - B + B * length))
    }
    slots[n] = slot
    values[n++] = weight * sum
  }
  // Copied to their length: a view would keep the whole buffer alive in the cache.
  return { slots: slots.slice(0, n), values: values.slice(0, n), weight, known: true }
}

/** Entries checked for a phrase's words side by side, the best first; the rest count as scattered. */
const PHRASE_CHECKS = 300

type ClauseResult = { importance: number; unknown: boolean }

/**
 * Each entry's best score and coverage for one clause (into scratch.clauseScore and clauseCover), over
 * the clause's alternatives. Coverage is the share of the clause an entry matches (by the rarity of its
 * words, times the alternative's factor; a phrase whose words are not side by side counts for little,
 * a synonym only whole), scaled by the clause's importance: the rarity of its best known alternative,
 * or of a word the index never saw.
 */
function scoreClause(index: MemoryIndex, lang: Lang, clause: Clause, entries: number, cache: TermCache, scratch: Scratch): ClauseResult {
  const words = index[lang]
  const alternatives = clause.alternatives.map((alternative) => {
    const terms = alternative.terms.map((term) => termScores(index, words, term, entries, cache))
    return {
      ...alternative,
      scores: terms,
      full: terms.reduce((sum, each) => sum + each.weight, 0),
      known: terms.every((each) => each.known),
    }
  })
  let importance = 0
  for (const each of alternatives) if (each.known) importance = Math.max(importance, each.full / each.terms.length)
  const unknown = !importance
  if (unknown) importance = idf(entries, 0)
  const { altScore, altMatched, clauseScore, clauseCover } = scratch
  for (const { terms, factor, whole, scores, full, known } of alternatives) {
    if (whole && !known) continue
    if (terms.length === 1) {
      // One word: every entry holding it matches all of it (most clauses; no pass through altScore).
      const [{ slots, values }] = scores
      const cover = factor * importance
      for (let i = 0; i < slots.length; i++) {
        clauseScore.max(slots[i], factor * values[i])
        clauseCover.max(slots[i], cover)
      }
      continue
    }
    for (const each of scores)
      for (let i = 0; i < each.slots.length; i++) {
        altScore.add(each.slots[i], each.values[i])
        altMatched.add(each.slots[i], each.weight)
      }
    // Side by side is checked where it decides most: the best-scoring entries holding every word.
    let together: Set<number> | null = null
    if (terms.length > 1 && lang === 'vi') {
      const phrase = phraseTest(terms, lang)
      // The scores of the entries holding every word, then the best PHRASE_CHECKS of them by a threshold.
      const { numbers, picked } = scratch
      let complete = 0
      for (let i = 0; i < altScore.count; i++) {
        const slot = altScore.touched[i]
        if (altMatched.values[slot] / full > 0.999) numbers[complete++] = altScore.values[slot]
      }
      const threshold = complete > PHRASE_CHECKS ? kthLargest(numbers, complete, PHRASE_CHECKS, picked) : -Infinity
      together = new Set()
      for (let i = 0, checked = 0; i < altScore.count && checked < PHRASE_CHECKS; i++) {
        const slot = altScore.touched[i]
        if (altMatched.values[slot] / full <= 0.999 || altScore.values[slot] < threshold) continue
        checked++
        if (inEntry(index.entries[slot]![lang], phrase)) together.add(slot)
      }
    }
    for (let i = 0; i < altScore.count; i++) {
      const slot = altScore.touched[i]
      let share = altMatched.values[slot] / full
      if (together && !together.has(slot)) share *= SCATTERED
      if (whole && share < 0.999) continue
      // A phrase of several words counts as one part of the query: the mean over its words.
      clauseScore.max(slot, (factor * altScore.values[slot] * share) / terms.length)
      clauseCover.max(slot, factor * share * importance)
    }
    altScore.clear()
    altMatched.clear()
  }
  return { importance, unknown }
}

/**
 * Ranks the live entries for a plan (search/plan.ts), BM25-like over the words of title, summary and
 * text: entries matching more of the query's meaningful words rank higher, generic words weigh
 * little, and an entry must match enough of what the best one matches (coverageOfBest). An exact number, code
 * or document reference comes first (tier 0), then a code that begins with what was typed (tier 1),
 * then the rest (tier 2).
 */
export function rank(index: MemoryIndex, lang: Lang, plan: Plan): Candidates {
  const entries = index.size
  const scratch = scratchFor(index)
  const { score, cover, clauseScore, clauseCover } = scratch
  let asked = 0
  let unknown = false
  const cache = termCache(index, lang)
  for (const clause of plan.clauses) {
    const sums = scoreClause(index, lang, clause, entries, cache, scratch)
    asked += clause.weight * sums.importance
    unknown ||= sums.unknown && clause.weight === 1
    for (let i = 0; i < clauseScore.count; i++) {
      const slot = clauseScore.touched[i]
      score.add(slot, clause.weight * clauseScore.values[slot])
      cover.add(slot, clause.weight * clauseCover.values[slot])
    }
    clauseScore.clear()
    clauseCover.clear()
  }
  const tiers = new Map<number, number>()
  for (const key of plan.references) for (const slot of index.withKey(key, false)) tiers.set(slot, 0)
  if (plan.code) {
    for (const slot of index.withKey(plan.code, false)) tiers.set(slot, 0)
    for (const slot of index.withKey(plan.code, true)) if (!tiers.has(slot)) tiers.set(slot, 1)
  }
  let most = 0
  for (let i = 0; i < cover.count; i++) most = Math.max(most, cover.values[cover.touched[i]])
  const enough = Math.max(coverageOfBest(plan) * most, unknown ? COVERAGE_OF_QUERY * asked : 0)
  const { weights, types } = scratch
  for (; scratch.weighed < index.entries.length; scratch.weighed++) {
    const entry = index.entries[scratch.weighed]
    // A slot dead before it was weighed is never a candidate.
    weights[scratch.weighed] = entry ? TYPE_WEIGHT[entry.type] : 0
    types[scratch.weighed] = entry ? SEARCH_TYPES.indexOf(entry.type) : 0
  }
  const size = cover.count + tiers.size
  const found: Candidates = { count: 0, slots: new Int32Array(size), tiers: new Uint8Array(size), scores: new Float64Array(size) }
  const add = (slot: number, tier: number, value: number) => {
    found.slots[found.count] = slot
    found.tiers[found.count] = tier
    found.scores[found.count++] = value
  }
  const tiered = tiers.size > 0
  for (let i = 0; i < cover.count; i++) {
    const slot = cover.touched[i]
    if (cover.values[slot] >= enough && !(tiered && tiers.has(slot))) add(slot, 2, score.values[slot] * weights[slot])
  }
  // Words side by side ("khai sinh", not "sinh … khai") among the best, found by a threshold (select.ts)
  // rather than by sorting every candidate (a common word matches most of the index): the caller
  // orders what it shows (best() below).
  if (plan.phrase.length > 1) {
    const phrase = phraseTest(plan.phrase, lang)
    const whole = ` ${plan.phrase.join(' ')} `
    const threshold = found.count > RERANK ? kthLargest(found.scores, found.count, RERANK, scratch.numbers) : -Infinity
    for (let i = 0; i < found.count; i++) {
      if (found.scores[i] < threshold) continue
      const text = index.entries[found.slots[i]]![lang]
      if (phrase(text.title)) found.scores[i] *= text.title === whole ? PHRASE_IN_TITLE * TITLE_IS_QUERY : PHRASE_IN_TITLE
      else if (phrase(text.body)) found.scores[i] *= PHRASE_IN_TEXT
    }
  }
  for (const [slot, tier] of tiers) add(slot, tier, score.values[slot])
  score.clear()
  cover.clear()
  return found
}

/**
 * The first `count` candidates in `order` (those `keep` accepts), without sorting them all: every tier
 * 0 and 1, and of tier 2 those scoring at least the `count`-th best, are sorted; no other can be among
 * the first `count`.
 */
export function best(
  index: MemoryIndex,
  candidates: Candidates,
  keep: ((slot: number) => boolean) | null,
  count: number,
  order: (a: Ranked, b: Ranked) => number,
): Ranked[] {
  const { numbers, picked } = scratchFor(index)
  const kept: number[] = []
  let scored = 0
  for (let i = 0; i < candidates.count; i++) {
    if (keep && !keep(candidates.slots[i])) continue
    kept.push(i)
    if (candidates.tiers[i] === 2) numbers[scored++] = candidates.scores[i]
  }
  const threshold = scored > count ? kthLargest(numbers, scored, count, picked) : -Infinity
  const chosen: Ranked[] = []
  for (const i of kept)
    if (candidates.tiers[i] < 2 || candidates.scores[i] >= threshold)
      chosen.push({ slot: candidates.slots[i], tier: candidates.tiers[i], score: candidates.scores[i] })
  return chosen.sort(order).slice(0, count)
}

/**
 * How many candidates there are of each type, from the slots' types as rank() read them (a typed array:
 * a common word matches most of the index, and reading each entry's type was most of a query's time).
 */
export function countByType(index: MemoryIndex, candidates: Candidates): Record<SearchType, number> {
  const { types } = scratchFor(index)
  const tally = new Int32Array(SEARCH_TYPES.length)
  for (let i = 0; i < candidates.count; i++) tally[types[candidates.slots[i]]]++
  return Object.fromEntries(SEARCH_TYPES.map((type, at) => [type, tally[at]])) as Record<SearchType, number>
}

/** Whether a candidate's slot holds an entry of `type` (as rank() read the slots' types). */
export function ofType(index: MemoryIndex, type: SearchType): (slot: number) => boolean {
  const { types } = scratchFor(index)
  const code = SEARCH_TYPES.indexOf(type)
  return (slot) => types[slot] === code
}
