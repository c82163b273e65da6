/**
 * Next's page and data cache on Redis, for several app instances (next.config.ts sets it as
 * `cacheHandler` when REDIS_URL is set; without it Next keeps its own per-process cache as before).
 *
 * @fortedigital/nextjs-cache-handler does the work: rendered pages (ISR) and `unstable_cache` reads live
 * in Redis under the build's id, so every instance serves what any of them rendered, and a tag expired
 * by a publish on one instance is gone for all. Entries live at most ENTRY_MAX_AGE_S unread-or-not (a
 * page is rendered again after that), and a 404 is never shared: made-up addresses cannot fill Redis.
 *
 * While Redis is unreachable or slow (scripts/redis.mjs), each instance renders pages and keeps its own
 * copies (a local LRU), used only until Redis answers again and emptied at the next outage: a copy
 * from before an outage could be older than a publish made meanwhile on another instance. A tag
 * expired during an outage is expired in Redis once it is back (retried until it works), so no copy
 * made before the publish survives it, as long as this instance lives until then.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { COMMAND_TIMEOUT_MS, onRedisState, redisClient, redisPrefix, redisReady, withTimeout } from './redis.mjs'

/** The longest any entry stays in Redis: pages and reads expired by tags would otherwise stay a year. */
const ENTRY_MAX_AGE_S = 2 * 24 * 60 * 60
/** Expiring a tag scans the tags of every entry: allowed longer than a read. */
const EXPIRE_TIMEOUT_MS = 5_000
const RETRY_MISSED_MS = 5_000

const isNotFoundPage = (entry) => entry?.value?.kind === 'APP_PAGE' && entry.value.status === 404

/** Tags whose expiry Redis missed (it was unreachable), expired there once it answers again. */
const missedTags = new Set()

/** The Redis handler: refuses at once when Redis is not answering, with a deadline on every command. */
function sharedHandler(client, buildId) {
  const redis = createRedisHandler({ client, keyPrefix: `${redisPrefix()}next:${buildId}:`, timeoutMs: COMMAND_TIMEOUT_MS })
  const guarded = (run, ms = COMMAND_TIMEOUT_MS) => {
    if (!redisReady()) return Promise.reject(new Error('redis: not answering'))
    return withTimeout(run(), ms)
  }
  let retry
  const expireMissed = async () => {
    clearTimeout(retry)
    for (const tag of [...missedTags]) {
      try {
        await guarded(() => redis.revalidateTag(tag), EXPIRE_TIMEOUT_MS)
        missedTags.delete(tag)
      } catch (error) {
        console.error(`cache: could not expire "${tag}" in Redis after the outage (${error.message}); trying again in 5 s`)
        retry = setTimeout(() => void expireMissed(), RETRY_MISSED_MS).unref()
        return
      }
    }
  }
  onRedisState((state) => state === 'ready' && missedTags.size > 0 && void expireMissed())
  return {
    name: 'redis',
    get: (key, ctx) => guarded(() => redis.get(key, ctx)),
    set: (key, entry, ctx) => (isNotFoundPage(entry) ? Promise.resolve() : guarded(() => redis.set(key, entry, ctx))),
    delete: (key) => guarded(() => redis.delete(key)),
    async revalidateTag(tag) {
      try {
        await guarded(() => redis.revalidateTag(tag), EXPIRE_TIMEOUT_MS)
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
    return super.set(key, value && ctx?.cacheControl && !ctx.fetchCache ? { ...value, cacheControl: ctx.cacheControl } : value, ctx)
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
