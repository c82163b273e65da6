import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { hasPublishedVersion } from '../published'
import { expireTags } from '../revalidation'

type Published = { id: string | number; _status?: 'draft' | 'published' | null; slug?: string | null }

/** Tags of the pages that show one document and of the lists it appears in (may look up related data). */
export type TagsOf<T> = (doc: T, req: PayloadRequest) => string[] | Promise<string[]>

const tagsOfBoth = async <T>(tagsOf: TagsOf<T>, req: PayloadRequest, doc: T, previousDoc?: T | null) => [
  ...(await tagsOf(doc, req)),
  ...(previousDoc ? await tagsOf(previousDoc, req) : []),
]

/** A save of a draft version only (the admin's autosave, `?draft=true`) leaves the live document as it was. */
const savesDraftOnly = (req: PayloadRequest) => req.searchParams?.get('draft') === 'true' || req.searchParams?.get('autosave') === 'true'

/**
 * Revalidates when a document is published or changed while published, and when a published document
 * is unpublished (its previous version may be a pending draft, so the history is asked). Drafts touch
 * no page. Seeds and tests pass `context.disableRevalidate`.
 */
export function revalidateOnChange<T extends Published>(tagsOf: TagsOf<T>): CollectionAfterChangeHook<T> {
  return async ({ collection, doc, previousDoc, req }) => {
    if (req.context.disableRevalidate || (doc._status !== 'published' && savesDraftOnly(req))) return doc
    const live = doc._status === 'published' || previousDoc?._status === 'published'
    if (!live && !(await hasPublishedVersion(collection.slug as CollectionSlug, doc.id, req))) return doc
    await expireTags(req.payload, await tagsOfBoth(tagsOf, req, doc, previousDoc), req)
    return doc
  }
}

export function revalidateOnDelete<T extends { id: string | number }>(tagsOf: TagsOf<T>): CollectionAfterDeleteHook<T> {
  return async ({ doc, req }) => {
    if (!req.context.disableRevalidate && doc) await expireTags(req.payload, await tagsOf(doc, req), req)
    return doc
  }
}

/** For collections without drafts: every change is live, so every change revalidates. */
export function revalidateEveryChange<T extends { id: string | number }>(tagsOf: TagsOf<T>): CollectionAfterChangeHook<T> {
  return async ({ doc, previousDoc, req }) => {
    if (!req.context.disableRevalidate) {
      await expireTags(req.payload, await tagsOfBoth(tagsOf, req, doc, previousDoc), req)
    }
    return doc
  }
}
