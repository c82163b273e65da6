import type { CollectionConfig, Payload, Where } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { label } from '@/domain/labels'
import { loggedQuery, weekOf } from '@/domain/search/queryLog'
import type { Locale } from '@/i18n/routing'

export const SEARCH_QUERIES_SLUG = 'search-queries'

/** Distinct queries kept per week and language; beyond them, searches are counted in OTHER_QUERIES. */
export const MAX_QUERIES_PER_WEEK = 5000
export const OTHER_QUERIES = '(các truy vấn khác / other queries)'
/** Counts wait this long in memory before they are written, so a search never waits on a write. */
const FLUSH_MS = 30_000
/** Weeks kept: older counts are deleted (checked once a day, at a flush). */
export const RETENTION_WEEKS = 26
const PRUNE_EVERY_MS = 24 * 3600_000
/** Distinct queries waiting at most; more in one window (a flood of made-up queries) are counted in OTHER_QUERIES. */
const MAX_PENDING = 500

/**
 * What citizens search for, counted per week: the query, how often, and how many results it had.
 * Counts only: no address, no time of day, no user, and queries that look like personal data are not
 * kept (domain/search/queryLog.ts); 26 weeks are kept. Editors read it to add synonyms or content; nobody writes it but
 * the server.
 */
export const SearchQueries: CollectionConfig = {
  slug: SEARCH_QUERIES_SLUG,
  labels: { singular: label('Truy vấn tìm kiếm', 'Search query'), plural: label('Thống kê tìm kiếm', 'Search statistics') },
  access: { read: hasRole('admin', 'editor'), create: () => false, update: () => false, delete: hasRole('admin') },
  admin: {
    group: label('Tìm kiếm', 'Search'),
    useAsTitle: 'query',
    defaultColumns: ['query', 'count', 'results', 'week', 'locale'],
    listSearchableFields: ['query'],
    description: label(
      `Số lần mỗi từ khóa được tìm trong tuần và số kết quả lần tìm gần nhất. Lọc “Số kết quả bằng 0” để thấy những gì người dân tìm mà không thấy: thêm từ đồng nghĩa hoặc nội dung. Chỉ đếm, không lưu địa chỉ hay người tìm; mỗi tuần giữ tối đa ${MAX_QUERIES_PER_WEEK.toLocaleString('vi')} từ khóa khác nhau, phần còn lại đếm chung; giữ ${RETENTION_WEEKS} tuần gần nhất.`,
      `How often each query was searched in the week and how many results it last had. Filter “Results equals 0” for what citizens look for and do not find: add synonyms or content. Counts only, no addresses or users; each week keeps at most ${MAX_QUERIES_PER_WEEK.toLocaleString('en')} distinct queries, the rest are counted together; the last ${RETENTION_WEEKS} weeks are kept.`,
    ),
  },
  defaultSort: '-count',
  indexes: [{ fields: ['week', 'locale', 'query'], unique: true }],
  fields: [
    { name: 'query', type: 'text', required: true, label: label('Từ khóa', 'Query') },
    { name: 'week', type: 'text', required: true, index: true, label: label('Tuần', 'Week'), admin: { description: 'YYYY-Www (ISO)' } },
    { name: 'locale', type: 'select', required: true, options: ['vi', 'en'], label: label('Ngôn ngữ', 'Language') },
    { name: 'count', type: 'number', required: true, defaultValue: 0, index: true, label: label('Số lần tìm', 'Searches') },
    { name: 'results', type: 'number', required: true, defaultValue: 0, index: true, label: label('Số kết quả', 'Results') },
  ],
}

type Pending = { query: string; week: string; locale: Locale; count: number; results: number }
type LogState = { pending: Map<string, Pending>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null; prunedAt: number }
const log: LogState = ((globalThis as { __cchcSearchLog?: LogState }).__cchcSearchLog ??= {
  pending: new Map(),
  timer: null,
  flushing: null,
  prunedAt: 0,
})

/** Deletes the weeks older than RETENTION_WEEKS (week keys sort as text: "2026-W05" < "2026-W49"). */
export async function pruneSearchLog(payload: Payload, now = new Date()) {
  const oldest = weekOf(new Date(now.getTime() - RETENTION_WEEKS * 7 * 86_400_000))
  await payload.delete({ collection: SEARCH_QUERIES_SLUG, where: { week: { less_than: oldest } }, depth: 0 })
}

/** Counts a search (the first page of an unfiltered search, so paging through counts once); written within 30 s. */
export function recordSearch(payload: Payload, q: string, locale: Locale, results: number, now = new Date()) {
  const week = weekOf(now)
  const keyOf = (query: string) => `${week}\n${locale}\n${query}`
  let query = loggedQuery(q)
  if (!query) return
  if (!log.pending.has(keyOf(query)) && log.pending.size >= MAX_PENDING) query = OTHER_QUERIES
  const key = keyOf(query)
  const pending = log.pending.get(key) ?? { query, week, locale, count: 0, results }
  pending.count++
  pending.results = results
  log.pending.set(key, pending)
  log.timer ??= setTimeout(() => {
    log.timer = null
    void flushSearchLog(payload)
  }, FLUSH_MS).unref()
}

async function addCount(payload: Payload, { query, week, locale, count, results }: Pending) {
  const where: Where = { and: [{ week: { equals: week } }, { locale: { equals: locale } }, { query: { equals: query } }] }
  const [found] = (await payload.find({ collection: SEARCH_QUERIES_SLUG, where, limit: 1, depth: 0 })).docs
  if (found) {
    await payload.update({ collection: SEARCH_QUERIES_SLUG, id: found.id, data: { count: Number(found.count) + count, results }, depth: 0 })
    return
  }
  const kept = await payload.count({
    collection: SEARCH_QUERIES_SLUG,
    where: { and: [{ week: { equals: week } }, { locale: { equals: locale } }] },
  })
  if (kept.totalDocs >= MAX_QUERIES_PER_WEEK && query !== OTHER_QUERIES) {
    await addCount(payload, { query: OTHER_QUERIES, week, locale, count, results: 0 })
    return
  }
  await payload.create({ collection: SEARCH_QUERIES_SLUG, data: { query, week, locale, count, results }, depth: 0 })
}

/**
 * Writes the counts waiting in memory. A failed write (the database down) keeps them for the next
 * flush and says so in the log; another instance creating the same row first is met by adding to it.
 */
export async function flushSearchLog(payload: Payload): Promise<void> {
  if (log.flushing) return log.flushing
  log.flushing = (async () => {
    const batch = [...log.pending.values()]
    log.pending.clear()
    if (Date.now() - log.prunedAt > PRUNE_EVERY_MS) {
      log.prunedAt = Date.now()
      await pruneSearchLog(payload).catch((error: Error) =>
        payload.logger.warn({ msg: `search log: could not delete old weeks: ${error.message}` }),
      )
    }
    for (const item of batch) {
      try {
        // A row created meanwhile by another instance (the unique index) is found on the second try.
        await addCount(payload, item).catch(() => addCount(payload, item))
      } catch (error) {
        const key = `${item.week}\n${item.locale}\n${item.query}`
        const waiting = log.pending.get(key)
        log.pending.set(key, waiting ? { ...waiting, count: waiting.count + item.count } : item)
        payload.logger.warn({ msg: `search log: ${(error as Error).message}; ${batch.length} counts kept for the next try` })
      }
    }
  })().finally(() => {
    log.flushing = null
  })
  return log.flushing
}
