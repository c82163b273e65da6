/**
 * What Next's page and data cache keep in this process's memory only, never on disk nor in Redis
 * (scripts/page-cache.mjs, scripts/cache-handler.mjs): what there is one of per combination of list
 * filters, as many as products of the values the lists offer, whatever the content.
 * - A page: page 1 of a combination known to have no results, which the proxy sends to the page
 *   segment `0` of the static list route (domain/listPage.ts EMPTY_COMBINATION_PAGE, STATIC_LIST_SEGMENT).
 * - A data cache read that carries MEMORY_ONLY_TAG: a list's page or count under two filters or more
 *   (lib/queries/cached.ts combinationTags).
 * Plain JavaScript: Next loads the cache handlers outside the app's bundles.
 */
export const MEMORY_ONLY_TAG = 'memory-only'

/** Next's route-scoped key (`/route-cache/…/$/vi/danh-sach-tinh/<list>/0/…`) or a plain path. */
const EMPTY_COMBINATION_PAGE = /\/danh-sach-tinh\/[^/]+\/0(?:\/|$)/

/**
 * Whether an entry under `key` is kept in memory only; `tags` are those of a data cache read, never a
 * page's (a page carries the tags of every read it made: a combination's page with results is kept).
 */
export const isMemoryOnly = (key, tags) => EMPTY_COMBINATION_PAGE.test(key) || (Array.isArray(tags) && tags.includes(MEMORY_ONLY_TAG))
