/**
 * Next's page and data cache on Redis, for several app instances (next.config.ts sets it as
 * `cacheHandler` when REDIS_URL is set; without it Next keeps its own per-process cache as before).
 *
 * @fortedigital/nextjs-cache-handler does the work: rendered pages (ISR) and `unstable_cache` reads live
 * in Redis under the build's id, so every instance serves what any of them rendered, and a tag expired
 * by a publish on one instance is gone for all. Entries live at most ENTRY_MAX_AGE_S unread-or-not (a
 * page is rendered again after that), and a 404 is never shared: made-up addresses cannot fill Redis.
 * Nor is what there is one of per combination of list filters (scripts/memory-only.mjs, kept in memory
 * on a single instance by scripts/page-cache.mjs): there are as many as products of the values offered,
 * and a copy kept on one instance would outlive a publish made on another. A list under two filters or
 * more reads the database each time it is rendered, and the proxy sends page 1 of a combination without
 * results to the list's own page, rendered per request (about 15–20 ms; behind nginx, its one-second copy).
 *
 * While Redis is unreachable or slow (scripts/redis.mjs), each instance renders pages and keeps its own
 * copies (a local LRU), used only until Redis answers again and emptied at the next outage: a copy
 * from before an outage could be older than a publish made meanwhile on another instance. A tag
 * expired during an outage is expired in Redis once it is back (retried until it works), so no copy
 * made before the publish survives it, as long as this instance lives until then.
 *
 * Expiring a tag reads only the entries that carry it: the library scans the tags of every entry in
 * Redis on each expiry (a publish expires a few tags), a cost that grows with every page of the site.
 * Here each tag keeps a sorted set of its entries' keys, scored by when they expire (trimmed as it
 * grows, and ending with its last entry); the library's full sweep of expired entries' bookkeeping runs
 * at most every SWEEP_MS, in the background.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { logger } from './log.mjs'
import { isMemoryOnly } from './memory-only.mjs'
import { forgetLifetime, isNotFoundPage } from './page-cache.mjs'
import { COMMAND_TIMEOUT_MS, onRedisState, redisClient, redisPrefix, redisReady, withTimeout } from './redis.mjs'

/** The longest any entry stays in Redis: pages and reads expired by tags would otherwise stay a year. */
const ENTRY_MAX_AGE_S = 2 * 24 * 60 * 60
/** Expiring a tag takes a few commands: allowed longer than a read. */
const EXPIRE_TIMEOUT_MS = 5_000
const RETRY_MISSED_MS = 5_000
/** How often the library's sweep of expired entries' bookkeeping (a scan of every entry) may run. */
const SWEEP_MS = 10 * 60_000
/** Where the library keeps each entry's tags and lifetime (its defaults), and the time of each implicit (path) tag's expiry. */
const LIBRARY_KEYS = { tags: '__sharedTags__', ttl: '__sharedTagsTtl__', revalidated: '__revalidated_tags__' }
const IMPLICIT_TAG = '_N_T_'

const isNotFoundEntry = (entry) => isNotFoundPage(entry?.value)

/** Tags whose expiry Redis missed (it was unreachable), expired there once it answers again. */
const missedTags = new Set()

/**
 * The entries of each tag, for expiring a tag without reading every entry: a sorted set of keys per
 * tag, scored by the entry's expiry (seconds), under the handler's prefix.
 */
function tagIndex(client, keyPrefix) {
  const setOf = (tag) => `${keyPrefix}__tag__:${tag}`
  return {
    /** Records that `key` carries `tags` until `expireAt`; drops the keys of the same tags that have expired. */
    async add(key, tags, expireAt) {
      if (!tags.length) return
      const now = Math.floor(Date.now() / 1000)
      const expiry = expireAt ?? now + ENTRY_MAX_AGE_S
      const batch = client.multi()
      for (const tag of tags) {
        batch.zAdd(setOf(tag), { score: expiry, value: key })
        batch.zRemRangeByScore(setOf(tag), '-inf', now)
        // The set ends with its last entry at the latest (no entry lives past ENTRY_MAX_AGE_S).
        batch.expireAt(setOf(tag), Math.max(expiry, now + ENTRY_MAX_AGE_S))
      }
      await batch.exec()
    },
    /** Removes the entries carrying `tag` (and the library's bookkeeping of them); a path tag is also stamped, as the library does. */
    async expire(tag) {
      const batch = client.multi().zRange(setOf(tag), 0, -1).unlink(setOf(tag))
      if (tag.startsWith(IMPLICIT_TAG)) batch.hSet(keyPrefix + LIBRARY_KEYS.revalidated, tag, Date.now())
      const [keys] = await batch.exec()
      if (!keys.length) return
      await client
        .multi()
        .unlink(keys.map((key) => keyPrefix + key))
        .hDel(keyPrefix + LIBRARY_KEYS.tags, keys)
        .hDel(keyPrefix + LIBRARY_KEYS.ttl, keys)
        .exec()
    },
  }
}

/** The Redis handler: refuses at once when Redis is not answering, with a deadline on every command. */
export function sharedHandler(client, buildId) {
  const keyPrefix = `${redisPrefix()}next:${buildId}:`
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS })
  const tags = tagIndex(client, keyPrefix)
  const guarded = (run, ms = COMMAND_TIMEOUT_MS) => {
    if (!redisReady()) return Promise.reject(new Error('redis: not answering'))
    return withTimeout(run(), ms)
  }
  let sweptAt = Date.now()
  const sweep = () => {
    if (Date.now() - sweptAt < SWEEP_MS) return
    sweptAt = Date.now()
    guarded(() => redis.prepare(), EXPIRE_TIMEOUT_MS * 6).catch((error) =>
      logger().error(`cache: the sweep of expired entries failed (${error.message})`),
    )
  }
  let retry
  const expireMissed = async () => {
    clearTimeout(retry)
    for (const tag of [...missedTags]) {
      try {
        await guarded(() => tags.expire(tag), EXPIRE_TIMEOUT_MS)
        missedTags.delete(tag)
      } catch (error) {
        logger().error(`cache: could not expire "${tag}" in Redis after the outage (${error.message}); trying again in 5 s`)
        retry = setTimeout(() => void expireMissed(), RETRY_MISSED_MS).unref()
        return
      }
    }
  }
  onRedisState((state) => state === 'ready' && missedTags.size > 0 && void expireMissed())
  return {
    name: 'redis',
    get: (key, ctx) => guarded(() => redis.get(key, ctx)),
    set: (key, entry, ctx) =>
      isNotFoundEntry(entry) || isMemoryOnly(key, entry?.value?.kind === 'FETCH' ? entry.tags : undefined)
        ? Promise.resolve()
        : guarded(async () => {
            await redis.set(key, entry, ctx)
            await tags.add(key, entry.tags ?? [], entry.lifespan?.expireAt)
          }),
    delete: (key) => guarded(() => redis.delete(key)),
    async revalidateTag(tag) {
      try {
        await guarded(() => tags.expire(tag), EXPIRE_TIMEOUT_MS)
        sweep()
      } catch (error) {
        missedTags.add(tag)
        throw error
      }
    },
  }
}

/** This instance's own copies, written and read only while Redis is not answering; emptied at each outage. */
function outageHandler() {
  let local = createLruHandler()
  onRedisState((state) => {
    if (state === 'unreachable') local = createLruHandler()
  })
  return {
    name: 'local-during-outage',
    get: (key, ctx) => local.get(key, ctx),
    set: (key, entry, ctx) => (redisReady() ? Promise.resolve() : local.set(key, entry, ctx)),
    delete: (key) => local.delete(key),
    revalidateTag: (tag) => local.revalidateTag(tag),
  }
}

/**
 * Keeps a page's lifetime (Next's cacheControl) with the page. The library stores only the page, and
 * Next, on an instance that never rendered that path, would count it stale a second after it was made
 * and render it again behind each answer.
 */
class SharedCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const cacheControl = entry?.value?.cacheControl
    return cacheControl ? { ...entry, cacheControl } : entry
  }

  async set(key, value, ctx) {
    await super.set(key, value && ctx?.cacheControl && !ctx.fetchCache ? { ...value, cacheControl: ctx.cacheControl } : value, ctx)
    // Not kept: Next's record of its lifetime goes too.
    if (isNotFoundPage(value) || isMemoryOnly(key, ctx?.fetchCache ? ctx.tags : undefined)) forgetLifetime(key)
  }
}

CacheHandler.onCreation(({ buildId }) => {
  const client = redisClient()
  return {
    // Redis first: its answer (even "not cached") is the shared truth; the local copy only when it throws.
    handlers: client ? [sharedHandler(client, buildId || 'unknown-build'), outageHandler()] : [createLruHandler()],
    ttl: { defaultStaleAge: ENTRY_MAX_AGE_S, estimateExpireAge: (staleAge) => Math.min(staleAge * 1.5, ENTRY_MAX_AGE_S) },
  }
})

export default SharedCacheHandler
