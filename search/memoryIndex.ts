import { stemmer } from 'stemmer'

import { foldText, toNfc } from '@/domain/search/normalize'
import { oneSlipApart, slips } from '@/domain/search/typos'
import type { SearchType } from './sources'

export type Lang = 'vi' | 'en'

/** Folded words between single spaces (" thu tuc hanh chinh "), by field. */
export type MatchText = { title: string; summary: string; body: string }

/** What matching and ranking need of one search-index entry; excerpts are read from the database. */
export type MatchEntry = {
  id: string
  type: SearchType
  keys: string
  date: string
  updatedAt: string
  /** The titles as written, for showing a suggested word with its diacritics. */
  titleVi: string
  titleEn: string
  vi: MatchText
  en: MatchText
}

/** Title, summary, body. */
const FIELDS = 3
/** A term's counts in one entry, packed in one number: title + summary × 2^8 + body × 2^16. */
const pack = (title: number, summary: number, body: number) =>
  Math.min(title, 255) + Math.min(summary, 255) * 256 + Math.min(body, 65535) * 65536

type Postings = { slots: number[]; tfs: number[] }

/** The first position in a sorted list whose value is not below `value`. */
function lowerBound(sorted: string[], value: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

const words = (text: string) => text.split(' ').filter(Boolean)

/** A stem as the start of the words it comes from: Porter adds an e ("driving" → "drive") and turns y into i ("copy" → "copi"). */
export const stemStart = (stem: string) => (stem.length > 3 ? stem.replace(/[ei]$/, '') : stem)

const stem = (word: string) => (/^[a-z]+$/.test(word) ? stemmer(word) : word)

function counts(text: MatchText, term: (word: string) => string) {
  const found = new Map<string, [number, number, number]>()
  ;[text.title, text.summary, text.body].forEach((field, f) => {
    for (const raw of words(field)) {
      const word = term(raw)
      let tf = found.get(word)
      if (!tf) found.set(word, (tf = [0, 0, 0]))
      tf[f]++
    }
  })
  return found
}

/** The words of one language with the entries holding each, their counts, and each entry's field lengths. */
export class LangIndex {
  readonly postings = new Map<string, Postings>()
  readonly lengths: number[] = []
  readonly totals = [0, 0, 0]
  /** How each folded word is written in titles, and how often, for showing a suggestion with its marks. */
  private readonly forms = new Map<string, Map<string, number>>()
  /** How many live entries hold each word. */
  private readonly df = new Map<string, number>()
  /** English stems of the indexed words (only those: a query's words are stemmed, never kept). */
  private readonly stems = new Map<string, string>()
  private sorted: string[] | null = null
  private byLength: Map<number, string[]> | null = null

  constructor(readonly lang: Lang) {}

  /** A word as this language indexes it: English by its stem ("renewing" → "renew"), Vietnamese as it is. */
  readonly term = (word: string): string => (this.lang === 'vi' ? word : (this.stems.get(word) ?? stem(word)))

  private indexTerm = (word: string): string => {
    if (this.lang === 'vi') return word
    let found = this.stems.get(word)
    if (found === undefined) this.stems.set(word, (found = stem(word)))
    return found
  }

  add(slot: number, text: MatchText, title: string) {
    for (const [word, [t, s, b]] of counts(text, this.indexTerm)) {
      this.df.set(word, (this.df.get(word) ?? 0) + 1)
      let list = this.postings.get(word)
      if (!list) {
        this.postings.set(word, (list = { slots: [], tfs: [] }))
        this.sorted = this.byLength = null
      }
      list.slots.push(slot)
      list.tfs.push(pack(t, s, b))
    }
    const lengths = [words(text.title).length, words(text.summary).length, words(text.body).length]
    lengths.forEach((length, f) => {
      this.lengths[slot * FIELDS + f] = length
      this.totals[f] += length
    })
    for (const word of toNfc(title)
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
      const folded = this.indexTerm(foldText(word))
      const forms = this.forms.get(folded) ?? new Map<string, number>()
      forms.set(word, (forms.get(word) ?? 0) + 1)
      this.forms.set(folded, forms)
    }
  }

  /** The folded word as titles most often write it ("duong" → "đường"), or as it is. */
  written(folded: string): string {
    let best = folded
    let most = 0
    for (const [form, count] of this.forms.get(folded) ?? []) if (count > most) [best, most] = [form, count]
    return best
  }

  /** Takes a dead entry's counts out (its postings stay, skipped, until the index is compacted). */
  remove(slot: number, text: MatchText) {
    for (let f = 0; f < FIELDS; f++) this.totals[f] -= this.lengths[slot * FIELDS + f] ?? 0
    for (const word of counts(text, this.indexTerm).keys()) this.df.set(word, (this.df.get(word) ?? 1) - 1)
  }

  /** Every word, sorted: for words that start with what was typed. */
  vocabulary(): string[] {
    return (this.sorted ??= [...this.postings.keys()].sort())
  }

  /** Words that start with `prefix` (not the prefix itself), those in most entries first. */
  completions(prefix: string, limit: number): string[] {
    const vocabulary = this.vocabulary()
    const found: string[] = []
    for (let at = lowerBound(vocabulary, prefix); at < vocabulary.length && vocabulary[at].startsWith(prefix); at++)
      if (vocabulary[at] !== prefix) found.push(vocabulary[at])
    return this.mostFrequent(found, limit)
  }

  /** Words `max` slips or fewer from `word` (never the word itself), nearest first, then those in most entries. */
  nearby(word: string, max: 1 | 2, limit: number): string[] {
    this.byLength ??= [...this.postings.keys()].reduce((map, each) => {
      const list = map.get(each.length)
      if (list) list.push(each)
      else map.set(each.length, [each])
      return map
    }, new Map<number, string[]>())
    const found: { word: string; distance: number }[] = []
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const each of this.byLength.get(length) ?? []) {
        if (each === word) continue
        const distance = oneSlipApart(word, each) ? 1 : max === 2 ? slips(word, each, 2) : 2
        if (distance <= max) found.push({ word: each, distance })
      }
    }
    let best = max + 1
    for (const each of found) best = Math.min(best, each.distance)
    return this.mostFrequent(
      found.filter((each) => each.distance === best).map((each) => each.word),
      limit,
    )
  }

  /** The `limit` words held by most live entries, most first. */
  commonest(limit: number): string[] {
    const top: [string, number][] = []
    for (const entry of this.df) {
      if (top.length === limit && entry[1] <= top[limit - 1][1]) continue
      const at = top.findIndex(([, count]) => count < entry[1])
      top.splice(at === -1 ? top.length : at, 0, entry)
      if (top.length > limit) top.pop()
    }
    return top.map(([word]) => word)
  }

  /** How many live entries hold the word (kept as entries come and go). */
  frequency(word: string): number {
    return this.df.get(word) ?? 0
  }

  private mostFrequent(found: string[], limit: number) {
    return found
      .map((word) => ({ word, frequency: this.frequency(word) }))
      .filter((each) => each.frequency > 0)
      .sort((a, b) => b.frequency - a.frequency || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((each) => each.word)
  }
}

/**
 * The match fields of the whole search index with an inverted index of their words per language, kept
 * current one entry at a time: a changed entry takes a new slot and its old one is left dead, until
 * dead slots are a third of all, when the index is built again from the live entries.
 */
export class MemoryIndex {
  readonly entries: (MatchEntry | null)[] = []
  readonly vi = new LangIndex('vi')
  readonly en = new LangIndex('en')
  private readonly slotOf = new Map<string, number>()
  private readonly keyPostings = new Map<string, number[]>()
  private sortedKeys: string[] | null = null
  private dead = 0
  /** Raised by every change: what was computed from the index before (search/rank.ts's word scores) is stale. */
  version = 0
  readonly live = (slot: number) => this.entries[slot] !== null

  get size() {
    return this.slotOf.size
  }

  get(id: string): MatchEntry | undefined {
    const slot = this.slotOf.get(id)
    return slot === undefined ? undefined : (this.entries[slot] ?? undefined)
  }

  upsert(entry: MatchEntry) {
    this.remove(entry.id)
    this.version++
    const slot = this.entries.push(entry) - 1
    this.slotOf.set(entry.id, slot)
    this.vi.add(slot, entry.vi, entry.titleVi)
    this.en.add(slot, entry.en, entry.titleEn)
    for (const key of words(entry.keys)) {
      const list = this.keyPostings.get(key)
      if (list) list.push(slot)
      else {
        this.keyPostings.set(key, [slot])
        this.sortedKeys = null
      }
    }
  }

  remove(id: string) {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return
    const entry = this.entries[slot]!
    this.version++
    this.slotOf.delete(id)
    this.entries[slot] = null
    this.vi.remove(slot, entry.vi)
    this.en.remove(slot, entry.en)
    this.dead++
  }

  /** Too many dead slots: build a fresh index from the live entries (the caller swaps it in). */
  get wornOut() {
    return this.dead > 1000 && this.dead * 3 > this.entries.length
  }

  compacted(): MemoryIndex {
    const fresh = new MemoryIndex()
    for (const entry of this.entries) if (entry) fresh.upsert(entry)
    return fresh
  }

  /** Live entries with a key equal to `key`, or starting with it when `prefix`. */
  withKey(key: string, prefix: boolean): number[] {
    if (!prefix) return (this.keyPostings.get(key) ?? []).filter(this.live)
    const keys = (this.sortedKeys ??= [...this.keyPostings.keys()].sort())
    const found: number[] = []
    for (let at = lowerBound(keys, key); at < keys.length && keys[at].startsWith(key); at++)
      found.push(...this.keyPostings.get(keys[at])!.filter(this.live))
    return found
  }
}
