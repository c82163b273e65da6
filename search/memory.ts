import type { Payload } from 'payload'

import { parsePhrases } from '@/domain/search/vocabulary'
import { type MatchEntry, MemoryIndex } from './memoryIndex'
import { releaseStatements } from '@/cms/releaseStatements'
import { requestsFirst } from '@/cms/requestsFirst'
import { SEARCH_INDEX_SLUG, type SearchType, SEARCH_TYPES_IN_ORDER } from './sources'
import { MAX_SYNONYM_GROUPS, SEARCH_SYNONYMS_SLUG } from './synonyms'

type Snapshot = {
  index: MemoryIndex
  latest: string
  checkedAt: number
  loadedAt: number
  /** The editors' synonym groups (search/synonyms.ts), each a list of phrases. */
  synonyms: string[][]
  /** While the first load is under way: the part of the index read so far, of how many entries. */
  loading: { loaded: number; total: number } | null
}

const SELECT = {
  type: true,
  keys: true,
  date: true,
  updatedAt: true,
  titleVi: true,
  titleEn: true,
  matchTitleVi: true,
  matchTitleEn: true,
  matchSummaryVi: true,
  matchSummaryEn: true,
  matchVi: true,
  matchEn: true,
} as const

/** How often another app instance's changes (and the editors' synonyms) are looked for; this instance's own changes show at once. */
const RECHECK_MS = 2000
/** Changes are re-read from this far before the newest one seen: a save stamped earlier may commit later. */
const OVERLAP_MS = 10_000
/** A full reload now and then, so nothing missed by the checks above can linger. */
const RELOAD_MS = 10 * 60_000
/**
 * A load reads small pages and lets the event loop turn after each: SQLite answers synchronously, so a
 * page is time no request can use (about 0.1 ms per entry, more for procedures' long texts).
 */
const LOAD_PAGE = 50
/** Ids and types are read in pages of this many (Payload's reads cost about 0.1 ms per row, whatever is selected). */
const ID_PAGE = 500
/**
 * How long a search may wait for the first load to end before it is answered from the part read so far,
 * saying so. It waits only when the load looks that close to its end (a small site's whole index): a
 * large one takes seconds (about 4 s at 10,000 entries, 27 s at 50,000), which no search should wait for.
 */
const FIRST_LOAD_WAIT_MS = 100

type State = {
  snapshot: Snapshot | null
  loading: Promise<Snapshot> | null
  dirty: boolean
  /** A full reload under way, and the entries this instance deleted meanwhile (gone from the new snapshot too). */
  reloading: Promise<void> | null
  deletedDuringReload: Set<string>
  /** The first load under way: the index it is filling, and how many entries there are to read. */
  firstLoad: { index: MemoryIndex; total: number; synonyms: string[][]; startedAt: number } | null
  /** Searches waiting for the first load to end: the load then lets no request go first (cms/requestsFirst.ts). */
  waiting?: number
  /** Run in the background once the first load has ended, whoever started it (afterFirstLoad). */
  afterFirstLoad?: (payload: Payload, snapshot: Snapshot) => Promise<void>
}
const state: State = ((globalThis as { __cchcSearchMemory?: State }).__cchcSearchMemory ??= {
  snapshot: null,
  loading: null,
  dirty: false,
  reloading: null,
  deletedDuringReload: new Set(),
  firstLoad: null,
})

const text = (value: unknown) => String(value ?? '')

function toEntry(doc: Record<string, unknown>): MatchEntry {
  const vi = { title: text(doc.matchTitleVi), summary: text(doc.matchSummaryVi), body: text(doc.matchVi) }
  // An untranslated entry holds the same text twice: keep one copy of each string.
  const same = (en: string, viText: string) => (en === viText ? viText : en)
  const en = {
    title: same(text(doc.matchTitleEn), vi.title),
    summary: same(text(doc.matchSummaryEn), vi.summary),
    body: same(text(doc.matchEn), vi.body),
  }
  return {
    id: String(doc.id),
    type: doc.type as SearchType,
    keys: text(doc.keys),
    date: text(doc.date),
    updatedAt: text(doc.updatedAt),
    titleVi: text(doc.titleVi),
    titleEn: text(doc.titleEn) === text(doc.titleVi) ? text(doc.titleVi) : text(doc.titleEn),
    vi,
    en,
  }
}

/** The entries of these ids, in one read. */
async function readIds(payload: Payload, ids: (string | number)[]): Promise<MatchEntry[]> {
  const { docs } = await payload.find({
    collection: SEARCH_INDEX_SLUG,
    where: { id: { in: ids } },
    select: SELECT,
    limit: ids.length,
    pagination: false,
    depth: 0,
  })
  return (docs as unknown as Record<string, unknown>[]).map(toEntry)
}

type IdAndType = { id: string | number; type: SearchType }

/**
 * Every entry's id and type, nothing else, a page at a time in the order of ids: on SQLite, each page
 * starts after the last id of the one before (no count, no offset to skip), since SQLite answers
 * synchronously and a page is time no request can use. MongoDB answers asynchronously, and Payload's
 * adapter adds a second sort key to a sort by id (its fallback sort), which its id index cannot serve:
 * every page would sort the rest of the collection. There the ids come in one read.
 */
export async function* idPages(payload: Payload, pageSize = ID_PAGE, turn = releaseStatements): AsyncGenerator<IdAndType[]> {
  const paged = payload.db.name !== 'mongoose'
  for (let last: string | number | undefined; ;) {
    const { docs } = await payload.find({
      collection: SEARCH_INDEX_SLUG,
      ...(last === undefined ? {} : { where: { id: { greater_than: last } } }),
      select: { type: true },
      ...(paged ? { limit: pageSize, sort: 'id' } : {}),
      pagination: false,
      depth: 0,
    })
    yield docs.map((doc) => ({ id: doc.id, type: doc.type as SearchType }))
    if (!paged || docs.length < pageSize) return
    last = docs.at(-1)!.id
    await turn()
  }
}

async function readSynonyms(payload: Payload): Promise<string[][]> {
  const { docs } = await payload.find({
    collection: SEARCH_SYNONYMS_SLUG,
    select: { phrases: true },
    limit: MAX_SYNONYM_GROUPS,
    sort: 'createdAt',
    depth: 0,
  })
  return docs.map((doc) => parsePhrases(String(doc.phrases ?? ''))).filter((group) => group.length > 1)
}

/**
 * Reads the whole index into `index`, in small pages, letting the requests in flight go first after
 * each (cms/requestsFirst.ts), so that searches and pages go on meanwhile (a load takes seconds: FIRST_LOAD_WAIT_MS); during the first load they are
 * answered from what is read (firstLoadSnapshot). The type citizens come for most is read as its ids are
 * listed, the others after, in the order of SEARCH_TYPES_IN_ORDER.
 */
async function fill(payload: Payload, index: MemoryIndex): Promise<string> {
  let latest = ''
  const turn = requestsFirst({ mayWait: () => !state.waiting })
  const read = async (ids: (string | number)[]) => {
    for (let at = 0; at < ids.length; at += LOAD_PAGE) {
      for (const entry of await readIds(payload, ids.slice(at, at + LOAD_PAGE))) {
        index.upsert(entry)
        if (entry.updatedAt > latest) latest = entry.updatedAt
      }
      await turn()
    }
  }
  const [first, ...rest] = SEARCH_TYPES_IN_ORDER
  const later = new Map<SearchType, (string | number)[]>(rest.map((type) => [type, []]))
  for await (const page of idPages(payload, ID_PAGE, turn)) {
    for (const { id, type } of page) if (type !== first) later.get(type)?.push(id)
    await read(page.filter((each) => each.type === first).map((each) => each.id))
  }
  for (const type of rest) await read(later.get(type)!)
  return latest
}

const loaded = (index: MemoryIndex, latest: string, synonyms: string[][]): Snapshot => ({
  index,
  latest,
  checkedAt: Date.now(),
  loadedAt: Date.now(),
  synonyms,
  loading: null,
})

async function load(payload: Payload): Promise<Snapshot> {
  const index = new MemoryIndex()
  return loaded(index, await fill(payload, index), await readSynonyms(payload))
}

/** The first load after a start, its progress kept in `state.firstLoad` for the searches meanwhile. */
async function firstLoad(payload: Payload): Promise<Snapshot> {
  const index = new MemoryIndex()
  const progress = (state.firstLoad = { index, total: 0, synonyms: [] as string[][], startedAt: Date.now() })
  try {
    const [{ totalDocs }, synonyms] = await Promise.all([payload.count({ collection: SEARCH_INDEX_SLUG }), readSynonyms(payload)])
    Object.assign(progress, { total: totalDocs, synonyms })
    return loaded(index, await fill(payload, index), synonyms)
  } finally {
    state.firstLoad = null
  }
}

/** How long a load should still take, from its pace so far (Infinity before it has read anything: unknown). */
export function timeLeftToLoad(progress: { read: number; total: number; startedAt: number }, now: number): number {
  if (progress.read === 0 || progress.total === 0) return Infinity
  return ((now - progress.startedAt) / progress.read) * Math.max(0, progress.total - progress.read)
}

/** What a search during the first load is answered from: the part read so far, saying how much it is. */
function firstLoadSnapshot(): Snapshot | null {
  const { firstLoad } = state
  if (!firstLoad) return null
  const now = Date.now()
  return {
    index: firstLoad.index,
    latest: '',
    checkedAt: now,
    loadedAt: now,
    synonyms: firstLoad.synonyms,
    loading: { loaded: firstLoad.index.size, total: Math.max(firstLoad.total, firstLoad.index.size) },
  }
}

/**
 * A full reload, in the background: searches keep the current snapshot (kept current by refresh) until
 * the new one is ready, then it replaces it. At 50,000 entries a load takes about 20 s, which no
 * search should wait for.
 */
function reloadInBackground(payload: Payload) {
  state.reloading ??= load(payload)
    .then(
      (fresh) => {
        for (const id of state.deletedDuringReload) fresh.index.remove(id)
        state.snapshot = fresh
        // Changes saved during the load are read again by the next refresh (from before the newest one seen).
        state.dirty = true
      },
      (error: unknown) => payload.logger.error(`search: the index could not be reloaded: ${(error as Error).message}`),
    )
    .finally(() => {
      state.reloading = null
      state.deletedDuringReload.clear()
    })
}

/** Removes the entries another instance deleted: those whose id the collection no longer has (ids only). */
async function dropDeleted(payload: Payload, snapshot: Snapshot) {
  const ids = new Set<string>()
  for await (const page of idPages(payload)) for (const { id } of page) ids.add(String(id))
  for (const entry of snapshot.index.entries) if (entry && !ids.has(entry.id)) snapshot.index.remove(entry.id)
}

/** Ids of the entries changed since `since` (ids and dates only: a bulk import leaves thousands in the window). */
async function changedSince(payload: Payload, snapshot: Snapshot, since: string): Promise<string[]> {
  const changed: string[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: SEARCH_INDEX_SLUG,
      where: { updatedAt: { greater_than_equal: since } },
      select: { updatedAt: true },
      limit: ID_PAGE,
      page,
      depth: 0,
      // By the date, as filtered: its index serves both (sorted by id, SQLite walked the whole table
      // in id order for the few recent rows: 365 ms at 50,000 entries, every 2 s).
      sort: 'updatedAt',
    })
    for (const doc of docs) if (snapshot.index.get(String(doc.id))?.updatedAt !== String(doc.updatedAt)) changed.push(String(doc.id))
    if (!hasNextPage) return changed
    await releaseStatements()
  }
}

/** Brings the snapshot up to date: changed entries since the last look, those deleted elsewhere; a full reload now and then. */
async function refresh(payload: Payload, snapshot: Snapshot): Promise<Snapshot> {
  if (Date.now() - snapshot.loadedAt > RELOAD_MS) reloadInBackground(payload)
  const since = snapshot.latest ? new Date(new Date(snapshot.latest).getTime() - OVERLAP_MS).toISOString() : '1970-01-01'
  const changed = await changedSince(payload, snapshot, since)
  for (let at = 0; at < changed.length; at += LOAD_PAGE) {
    for (const entry of await readIds(payload, changed.slice(at, at + LOAD_PAGE))) {
      snapshot.index.upsert(entry)
      if (entry.updatedAt > snapshot.latest) snapshot.latest = entry.updatedAt
    }
    await releaseStatements()
  }
  const [{ totalDocs }, synonyms] = await Promise.all([payload.count({ collection: SEARCH_INDEX_SLUG }), readSynonyms(payload)])
  if (snapshot.index.size !== totalDocs) await dropDeleted(payload, snapshot)
  // Still not the same (entries missed by the reads above): read everything again, in the background.
  if (snapshot.index.size !== totalDocs) reloadInBackground(payload)
  if (snapshot.index.wornOut) snapshot.index = snapshot.index.compacted()
  // The same groups keep the same list, so the compiled table (search/plan.ts) is kept too.
  if (JSON.stringify(synonyms) !== JSON.stringify(snapshot.synonyms)) snapshot.synonyms = synonyms
  snapshot.checkedAt = Date.now()
  return snapshot
}

/**
 * The search index held in memory (search/memoryIndex.ts), so a query never scans the database. A
 * cache of Payload's search-index collection, never a store of its own: filled and kept current
 * through the Local API, so it behaves the same on SQLite and MongoDB.
 */
export async function searchMemory(payload: Payload): Promise<Snapshot> {
  const { snapshot } = state
  if (snapshot && !state.dirty && Date.now() - snapshot.checkedAt <= RECHECK_MS) return snapshot
  // This instance's own changes show at once; another instance's are looked for in the background,
  // the search answered from the snapshot meanwhile (a look costs a few reads, more after a bulk import).
  const mustWait = !snapshot || state.dirty
  const update = nextSnapshot(payload)
  if (!snapshot) {
    // Not read yet: the caller waits for the end if it is near, else has the part read so far at once.
    update.catch((error: unknown) => payload.logger.error(`search: the index could not be loaded: ${(error as Error).message}`))
    const { firstLoad } = state
    const left = firstLoad ? timeLeftToLoad({ ...firstLoad, read: firstLoad.index.size }, Date.now()) : Infinity
    if (left === Infinity || left <= FIRST_LOAD_WAIT_MS) {
      state.waiting = (state.waiting ?? 0) + 1
      try {
        await Promise.race([update, new Promise((resolve) => setTimeout(resolve, FIRST_LOAD_WAIT_MS).unref())])
      } finally {
        state.waiting--
      }
    }
    return state.snapshot ?? firstLoadSnapshot() ?? update
  }
  if (mustWait) return update
  update.catch((error: unknown) => payload.logger.error(`search: the index could not be refreshed: ${(error as Error).message}`))
  return snapshot
}

/** The whole index, waiting for the first load if it is under way: for tests and benches, never a visitor's search. */
export async function loadedSearchMemory(payload: Payload): Promise<Snapshot> {
  while (!state.snapshot) await nextSnapshot(payload)
  return searchMemory(payload)
}

/** The snapshot loaded or brought up to date, by one look at a time. */
function nextSnapshot(payload: Payload): Promise<Snapshot> {
  // A look under way began before this instance's latest change: one more after it.
  if (state.loading && state.dirty) return state.loading.then(() => nextSnapshot(payload))
  state.loading ??= (async () => {
    try {
      state.dirty = false
      const first = !state.snapshot
      const fresh = state.snapshot ? await refresh(payload, state.snapshot) : await firstLoad(payload)
      state.snapshot = fresh
      if (first) void state.afterFirstLoad?.(payload, fresh)
      return fresh
    } finally {
      state.loading = null
    }
  })()
  return state.loading
}

/**
 * Starts loading the index in the background if nothing has yet: the server calls it at start (the
 * start-up health check). A search during the load waits FIRST_LOAD_WAIT_MS at most, then is answered
 * from the part read so far, saying so (Snapshot.loading).
 */
export function warmSearchMemory(payload: Payload) {
  if (state.snapshot || state.loading) return
  const started = Date.now()
  nextSnapshot(payload).then(
    ({ index }) => payload.logger.info(`search: ${index.size} entries loaded in ${Date.now() - started} ms`),
    (error: unknown) => payload.logger.error(`search: the index could not be loaded: ${(error as Error).message}`),
  )
}

/** What runs once the first load has ended (search/query.ts: the warm-up), whoever started the load; errors are its own to report. */
export function afterFirstLoad(run: (payload: Payload, snapshot: Snapshot) => Promise<void>) {
  state.afterFirstLoad = run
}

/** Whether the index is in memory (for the health check). */
export const searchMemoryState = (): 'loaded' | 'loading' | 'not-loaded' =>
  state.snapshot ? 'loaded' : state.loading ? 'loading' : 'not-loaded'

/** Called by the search-index and synonym hooks: this instance sees its own changes on the next query. */
export function searchIndexChanged(deletedId?: string) {
  if (deletedId) {
    state.snapshot?.index.remove(deletedId)
    if (state.reloading) state.deletedDuringReload.add(deletedId)
  }
  state.dirty = true
}
