import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { cache } from 'react'

import { readTags, type Reads } from '@/cms/cacheTags'
import { MEMORY_ONLY_TAG } from '@/scripts/memory-only.mjs'

import { getPayloadClient } from './payload'

type Arg = string | number | boolean | null | undefined | Record<string, string>

/**
 * A read of published content, cached across requests (Next's data cache) and within one render
 * (React's cache) until a change to anything it reads: its tags come from `reads`, the collection it
 * queries and the ones it populates (cms/cacheTags.ts). Declare the `populate` once and pass the same
 * object to the query. The key is `name` and the arguments.
 */
export function cachedQuery<Args extends Arg[], Result>(
  name: string,
  reads: Reads | ((...args: Args) => Reads),
  run: (payload: Payload, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache((...args: Args) =>
    unstable_cache(async () => run(await getPayloadClient(), ...args), [name, JSON.stringify(args)], {
      tags: readTags(typeof reads === 'function' ? reads(...args) : reads),
    })(),
  )
}

/**
 * The tags of a list's read under its filters: under two or more, the read is kept in the server's
 * memory only, never on disk nor in Redis (scripts/memory-only.mjs), for there are as many
 * combinations as products of the values offered, whatever the content.
 */
export const combinationTags = (filters: object): string[] => (Object.values(filters).filter(Boolean).length > 1 ? [MEMORY_ONLY_TAG] : [])
