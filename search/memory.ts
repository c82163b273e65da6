import type { Payload } from 'payload'

import { SEARCH_INDEX_SLUG, type SearchType } from './sources'

/** What matching and ranking need of one search-index entry; excerpts are read from the database. */
export type MatchEntry = {
  id: string
  type: SearchType
  keys: string
  date: string
  updatedAt: string
  matchTitleVi: string
  matchTitleEn: string
  matchVi: string
  matchEn: string
}

/** Word → positions in `list` (ascending), with the words sorted for prefix lookups. */
type WordIndex = { postings: Map<string, number[]>; vocabulary: string[] }

type Snapshot = {
  entries: Map<string, MatchEntry>
  latest: string
  checkedAt: number
  loadedAt: number
  /** Built from `entries` on first use after a change. */
  index: { list: MatchEntry[]; vi: WordIndex; en: WordIndex; keys: WordIndex } | null
}

const SELECT = {
  type: true,
  keys: true,
  date: true,
  updatedAt: true,
  matchTitleVi: true,
  matchTitleEn: true,
  matchVi: true,
  matchEn: true,
} as const

/** How often another app instance's changes are looked for; this instance's own changes show at once. */
const RECHECK_MS = 2000
/** Changes are re-read from this far before the newest one seen: a save stamped earlier may commit later. */
const OVERLAP_MS = 10_000
/** A full reload now and then, so nothing missed by the checks above can linger. */
const RELOAD_MS = 10 * 60_000

type State = { snapshot: Snapshot | null; loading: Promise<Snapshot> | null; dirty: boolean }
const state: State = ((globalThis as { __cchcSearchMemory?: State }).__cchcSearchMemory ??= { snapshot: null, loading: null, dirty: false })

const toEntry = (doc: Record<string, unknown>): MatchEntry => ({
  id: String(doc.id),
  type: doc.type as SearchType,
  keys: String(doc.keys ?? ''),
  date: String(doc.date ?? ''),
  updatedAt: String(doc.updatedAt ?? ''),
  matchTitleVi: String(doc.matchTitleVi ?? ''),
  matchTitleEn: String(doc.matchTitleEn ?? ''),
  matchVi: String(doc.matchVi ?? ''),
  matchEn: String(doc.matchEn ?? ''),
})

async function read(payload: Payload, where = {}) {
  const { docs } = await payload.find({
    collection: SEARCH_INDEX_SLUG,
    where,
    select: SELECT,
    pagination: false,
    depth: 0,
    sort: 'updatedAt',
  })
  return (docs as unknown as Record<string, unknown>[]).map(toEntry)
}

async function load(payload: Payload): Promise<Snapshot> {
  const entries = new Map((await read(payload)).map((entry) => [entry.id, entry]))
  const latest = [...entries.values()].reduce((max, entry) => (entry.updatedAt > max ? entry.updatedAt : max), '')
  return { entries, latest, checkedAt: Date.now(), loadedAt: Date.now(), index: null }
}

/** Brings the snapshot up to date: changed entries since the last look, a full reload when some were deleted. */
async function refresh(payload: Payload, snapshot: Snapshot): Promise<Snapshot> {
  if (Date.now() - snapshot.loadedAt > RELOAD_MS) return load(payload)
  const since = snapshot.latest ? new Date(new Date(snapshot.latest).getTime() - OVERLAP_MS).toISOString() : '1970-01-01'
  const [changed, { totalDocs }] = await Promise.all([
    read(payload, { updatedAt: { greater_than_equal: since } }),
    payload.count({ collection: SEARCH_INDEX_SLUG }),
  ])
  for (const entry of changed) {
    const known = snapshot.entries.get(entry.id)
    if (known && known.updatedAt === entry.updatedAt) continue
    snapshot.entries.set(entry.id, entry)
    snapshot.index = null
    if (entry.updatedAt > snapshot.latest) snapshot.latest = entry.updatedAt
  }
  if (snapshot.entries.size !== totalDocs) return load(payload)
  snapshot.checkedAt = Date.now()
  return snapshot
}

const words = (text: string) => [...new Set(text.split(' ').filter(Boolean))]

function wordIndex(list: MatchEntry[], text: (entry: MatchEntry) => string): WordIndex {
  const postings = new Map<string, number[]>()
  list.forEach((entry, position) => {
    for (const word of words(text(entry))) {
      const positions = postings.get(word)
      if (positions) positions.push(position)
      else postings.set(word, [position])
    }
  })
  return { postings, vocabulary: [...postings.keys()].sort() }
}

function buildIndex(snapshot: Snapshot) {
  const list = [...snapshot.entries.values()]
  return (snapshot.index = {
    list,
    vi: wordIndex(list, (entry) => entry.matchVi),
    en: wordIndex(list, (entry) => entry.matchEn),
    keys: wordIndex(list, (entry) => entry.keys),
  })
}

/** Positions of entries with a word equal to `word`, or starting with it when `prefix`. */
function* positions(index: WordIndex, word: string, prefix: boolean): Generator<number[]> {
  if (!prefix) {
    const exact = index.postings.get(word)
    if (exact) yield exact
    return
  }
  let low = 0
  let high = index.vocabulary.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (index.vocabulary[middle] < word) low = middle + 1
    else high = middle
  }
  for (let at = low; at < index.vocabulary.length && index.vocabulary[at].startsWith(word); at++)
    yield index.postings.get(index.vocabulary[at])!
}

/**
 * The match fields of the whole search index, held in memory with an index of their words, so a query
 * never scans the database. A cache of Payload's search-index collection, never a store of its own:
 * filled and kept current through the Local API, so it behaves the same on SQLite and MongoDB.
 */
async function freshSnapshot(payload: Payload): Promise<Snapshot> {
  const { snapshot } = state
  const stale = !snapshot || state.dirty || Date.now() - snapshot.checkedAt > RECHECK_MS
  if (!stale) return snapshot
  state.loading ??= (async () => {
    try {
      state.dirty = false
      return snapshot ? await refresh(payload, snapshot) : await load(payload)
    } finally {
      state.loading = null
    }
  })()
  state.snapshot = await state.loading
  return state.snapshot
}

/**
 * Entries whose text (in `lang`) has every token as a whole word, the last one also as the start of a
 * word ("khai si" → "khai sinh"), or whose number or code starts with `code`. Answered from an
 * inverted index of the words, so a query reads postings, not 10,000 texts.
 */
export async function findEntries(payload: Payload, lang: 'vi' | 'en', tokens: string[], code: string | null): Promise<MatchEntry[]> {
  const snapshot = await freshSnapshot(payload)
  const index = snapshot.index ?? buildIndex(snapshot)
  const found = new Set<number>()
  if (tokens.length) {
    // matched[p] = how many tokens, in order, entry p has matched so far.
    const matched = new Uint8Array(index.list.length)
    tokens.forEach((token, order) => {
      for (const list of positions(index[lang], token, order === tokens.length - 1)) {
        for (const position of list) if (matched[position] === order) matched[position] = order + 1
      }
    })
    matched.forEach((count, position) => {
      if (count === tokens.length) found.add(position)
    })
  }
  if (code) for (const list of positions(index.keys, code, true)) for (const position of list) found.add(position)
  return [...found].map((position) => index.list[position])
}

/** Called by the search-index hooks: this instance sees its own changes on the next query. */
export function searchIndexChanged(deletedId?: string) {
  if (deletedId && state.snapshot?.entries.delete(deletedId)) state.snapshot.index = null
  state.dirty = true
}
