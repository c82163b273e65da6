import { type Lang, type LangIndex, type MatchText, type MemoryIndex, unpack } from './memoryIndex'
import type { Clause, Plan } from './plan'
import type { SearchType } from './sources'

/** BM25's saturation and length normalisation, as Lucene and Elasticsearch default them. */
const K1 = 1.2
const B = 0.75
/** A word in the title counts three times one in the body; the summary half again. */
const FIELD_WEIGHTS = [3, 1.5, 1]
/**
 * Results must match at least this share of what the best result matches; and, when the query has a
 * word the index has never seen (a name, say), half of what the query asks, that word weighing as
 * the rarest there is: "Tám Xoan" finds nothing rather than everything with "tám".
 */
const COVERAGE_OF_BEST = 0.7
/**
 * The share of the best a result needs: 70% with two meaningful parts, less with each more (a long
 * question is rarely answered by one record word for word: its ranking does the sorting), and half
 * with one (a synonym, a completion or a slip still counts; scattered words do not).
 */
const coverageOfBest = (plan: Plan) => {
  const parts = plan.clauses.filter((clause) => clause.weight === 1).length
  return parts <= 1 ? 0.5 : COVERAGE_OF_BEST ** (parts - 1)
}
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

/** Rarity of a word: a word in every entry says almost nothing (BM25's idf). */
const idf = (entries: number, frequency: number) => Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5))

type Sums = { score: Map<number, number>; cover: Map<number, number>; importance: number; unknown: boolean }

function keepBest(into: Sums, slot: number, score: number, cover: number) {
  if (score > (into.score.get(slot) ?? 0)) into.score.set(slot, score)
  if (cover > (into.cover.get(slot) ?? 0)) into.cover.set(slot, cover)
}

/**
 * What a Vietnamese phrase's words count for when they are all there but not side by side (Vietnamese
 * words are syllables: "sổ đỏ" is not "Sở … do"). English word order varies more: not applied.
 */
const SCATTERED = 0.4

/** A stem as the start of the words it comes from: Porter adds an e ("driving" → "drive") and turns y into i ("copy" → "copi"). */
export const stemStart = (stem: string) => (stem.length > 3 ? stem.replace(/[ei]$/, '') : stem)

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
type TermScores = { scores: Map<number, number>; weight: number; known: boolean }

function termScores(index: MemoryIndex, words: LangIndex, term: string, entries: number, cache: Map<string, TermScores>): TermScores {
  const cached = cache.get(term)
  if (cached) return cached
  const postings = words.postings.get(term)
  const frequency = postings ? words.frequency(term) : 0
  const found: TermScores = { scores: new Map(), weight: idf(entries, frequency), known: Boolean(postings && frequency) }
  if (postings && frequency) {
    const average = words.totals.map((total) => total / Math.max(1, entries))
    for (let i = 0; i < postings.slots.length; i++) {
      const slot = postings.slots[i]
      if (!index.live(slot)) continue
      const tf = unpack(postings.tfs[i])
      let sum = 0
      for (let f = 0; f < 3; f++) {
        if (!tf[f]) continue
        const length = words.lengths[slot * 3 + f] / Math.max(1, average[f])
        sum += (FIELD_WEIGHTS[f] * tf[f] * (K1 + 1)) / (tf[f] + K1 * (1 - B + B * length))
      }
      found.scores.set(slot, found.weight * sum)
    }
  }
  cache.set(term, found)
  return found
}

/** One alternative's sums per entry: BM25 over its words, and the rarity of the words found. */
function scoreAlternative(index: MemoryIndex, words: LangIndex, terms: string[], entries: number, cache: Map<string, TermScores>) {
  const score = new Map<number, number>()
  const matched = new Map<number, number>()
  let full = 0
  let known = true
  for (const term of terms) {
    const each = termScores(index, words, term, entries, cache)
    full += each.weight
    known &&= each.known
    for (const [slot, value] of each.scores) {
      score.set(slot, (score.get(slot) ?? 0) + value)
      matched.set(slot, (matched.get(slot) ?? 0) + each.weight)
    }
  }
  return { score, matched, full, known }
}

/** Entries checked for a phrase's words side by side, the best first; the rest count as scattered. */
const PHRASE_CHECKS = 300

/**
 * Each entry's best score and coverage for one clause, over the clause's alternatives. Coverage is the
 * share of the clause an entry matches (by the rarity of its words, times the alternative's factor;
 * a phrase whose words are not side by side counts for little, a synonym only whole), scaled by the
 * clause's importance: the rarity of its best known alternative, or of a word the index never saw.
 */
function scoreClause(index: MemoryIndex, lang: Lang, clause: Clause, entries: number, cache: Map<string, TermScores>): Sums {
  const words = index[lang]
  const found = clause.alternatives.map((alternative) => ({
    ...alternative,
    ...scoreAlternative(index, words, alternative.terms, entries, cache),
  }))
  let importance = 0
  for (const each of found) if (each.known) importance = Math.max(importance, each.full / each.terms.length)
  const best: Sums = { score: new Map(), cover: new Map(), importance: importance || idf(entries, 0), unknown: !importance }
  for (const { terms, factor, whole, score, matched, full, known } of found) {
    if (whole && !known) continue
    // Side by side is checked where it decides most: the best-scoring entries holding every word.
    const phrase = terms.length > 1 && lang === 'vi' ? phraseTest(terms, lang) : null
    const checked = phrase
      ? new Set(
          [...score]
            .filter(([slot]) => matched.get(slot)! / full > 0.999)
            .sort((a, b) => b[1] - a[1])
            .slice(0, PHRASE_CHECKS)
            .filter(([slot]) => inEntry(index.entries[slot]![lang], phrase))
            .map(([slot]) => slot),
        )
      : null
    for (const [slot, value] of score) {
      let share = matched.get(slot)! / full
      if (checked && !checked.has(slot)) share *= SCATTERED
      if (whole && share < 0.999) continue
      // A phrase of several words counts as one part of the query: the mean over its words.
      keepBest(best, slot, (factor * value * share) / terms.length, factor * share * best.importance)
    }
  }
  return best
}

/**
 * Ranks the live entries for a plan (search/plan.ts), BM25-like over the words of title, summary and
 * text: entries matching more of the query's meaningful words rank higher, generic words weigh
 * little, and an entry must match enough of what the best one matches (coverageOfBest). An exact number, code
 * or document reference comes first (tier 0), then a code that begins with what was typed (tier 1),
 * then the rest (tier 2).
 */
export function rank(index: MemoryIndex, lang: Lang, plan: Plan): Ranked[] {
  const entries = index.size
  const score = new Map<number, number>()
  const cover = new Map<number, number>()
  let asked = 0
  let unknown = false
  const cache = new Map<string, TermScores>()
  for (const clause of plan.clauses) {
    const sums = scoreClause(index, lang, clause, entries, cache)
    asked += clause.weight * sums.importance
    unknown ||= sums.unknown && clause.weight === 1
    for (const [slot, value] of sums.score) score.set(slot, (score.get(slot) ?? 0) + clause.weight * value)
    for (const [slot, value] of sums.cover) cover.set(slot, (cover.get(slot) ?? 0) + clause.weight * value)
  }
  const tiers = new Map<number, number>()
  for (const key of plan.references) for (const slot of index.withKey(key, false)) tiers.set(slot, 0)
  if (plan.code) {
    for (const slot of index.withKey(plan.code, false)) tiers.set(slot, 0)
    for (const slot of index.withKey(plan.code, true)) if (!tiers.has(slot)) tiers.set(slot, 1)
  }
  let most = 0
  for (const value of cover.values()) most = Math.max(most, value)
  const enough = Math.max(coverageOfBest(plan) * most, unknown ? COVERAGE_OF_QUERY * asked : 0)
  const ranked: Ranked[] = []
  for (const [slot, value] of cover)
    if (value >= enough && !tiers.has(slot))
      ranked.push({ slot, tier: 2, score: (score.get(slot) ?? 0) * TYPE_WEIGHT[index.entries[slot]!.type] })
  ranked.sort((a, b) => b.score - a.score)
  // Words side by side ("khai sinh", not "sinh … khai") among the best.
  if (plan.phrase.length > 1) {
    const phrase = phraseTest(plan.phrase, lang)
    const whole = ` ${plan.phrase.join(' ')} `
    for (const each of ranked.slice(0, RERANK)) {
      const text = index.entries[each.slot]![lang]
      if (phrase(text.title)) each.score *= text.title === whole ? PHRASE_IN_TITLE * TITLE_IS_QUERY : PHRASE_IN_TITLE
      else if (phrase(text.body)) each.score *= PHRASE_IN_TEXT
    }
  }
  for (const [slot, tier] of tiers) ranked.push({ slot, tier, score: score.get(slot) ?? 0 })
  return ranked
}
