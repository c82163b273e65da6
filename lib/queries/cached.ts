import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { cache } from 'react'

import { readTags, type Reads } from '@/cms/cacheTags'

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
