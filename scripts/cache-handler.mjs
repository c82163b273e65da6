/**
 * Next's page and data cache on Redis, for several app instances (next.config.ts sets it as
 * `cacheHandler` when REDIS_URL is set; without it Next keeps its own per-process cache as before).
 *
 * @fortedigital/nextjs-cache-handler does the work: rendered pages (ISR) and `unstable_cache` reads live
 * in Redis under the build's id, so every instance serves what any of them rendered, and a tag expired
 * by a publish on one instance is gone for all. Each instance also keeps its own copy (local LRU), read
 * only while Redis is unreachable: pages keep being served from what the instance has (redis.mjs logs
 * the outage; /next/health says so). A tag expired during an outage is expired again in Redis when it
 * is back, so no copy made before the publish survives it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { COMMAND_TIMEOUT_MS, onRedisReady, redisClient, redisPrefix } from './redis.mjs'

/** The build's id: a new build never reads pages rendered by another (their stylesheets differ). */
function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

/** Tags whose expiry Redis missed (it was unreachable), expired there once it answers again. */
const missedTags = new Set()

/** The Redis handler, remembering the tags it could not expire. */
function sharedHandler(client) {
  const redis = createRedisHandler({ client, keyPrefix: `${redisPrefix()}next:${buildId()}:`, timeoutMs: COMMAND_TIMEOUT_MS })
  const expireMissed = async () => {
    if (missedTags.size === 0) return
    for (const tag of [...missedTags]) {
      try {
        await redis.revalidateTag(tag)
        missedTags.delete(tag)
      } catch (error) {
        console.error(`cache: could not expire "${tag}" in Redis after its return: ${error.message}`)
        return
      }
    }
    if (missedTags.size === 0) console.info('cache: the tags expired while Redis was unreachable are expired there too')
  }
  onRedisReady(() => void expireMissed())
  return {
    ...redis,
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        missedTags.add(tag)
        throw error
      }
    },
  }
}

CacheHandler.onCreation(() => {
  const local = createLruHandler()
  const client = redisClient()
  // Redis first: its answer (even "not cached") is the shared truth; the local copy only when it throws.
  return { handlers: client ? [sharedHandler(client), local] : [local] }
})

export default CacheHandler
