import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

type Published = { id: string | number; _status?: 'draft' | 'published' | null; slug?: string | null }

/** Tags of the pages that show one document and of the lists it appears in. */
export type TagsOf<T> = (doc: T) => string[]

function expire(req: PayloadRequest, tagNames: string[]) {
  for (const tag of new Set(tagNames)) {
    req.payload.logger.info(`revalidate tag ${tag}`)
    try {
      // expire: 0 → the next request renders fresh content instead of serving the stale page once.
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      // Outside a Next server (a script without disableRevalidate) there is no cache to expire.
      req.payload.logger.warn(`could not revalidate ${tag}: ${(error as Error).message}`)
    }
  }
}

/**
 * Revalidates when a document is published, when a published one is changed or goes back to draft,
 * and on delete. Seeds and tests pass `context.disableRevalidate` (there is no Next request there).
 */
export function revalidateOnChange<T extends Published>(tagsOf: TagsOf<T>): CollectionAfterChangeHook<T> {
  return ({ doc, previousDoc, req }) => {
    if (req.context.disableRevalidate) return doc
    const affected: string[] = []
    if (doc._status === 'published') affected.push(...tagsOf(doc))
    if (previousDoc?._status === 'published') affected.push(...tagsOf(previousDoc))
    expire(req, affected)
    return doc
  }
}

export function revalidateOnDelete<T extends Published>(tagsOf: TagsOf<T>): CollectionAfterDeleteHook<T> {
  return ({ doc, req }) => {
    if (!req.context.disableRevalidate && doc) expire(req, tagsOf(doc))
    return doc
  }
}
