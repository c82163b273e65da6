import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

type Published = { id: string | number; _status?: 'draft' | 'published' | null; slug?: string | null }

/** Tags of the pages that show one document and of the lists it appears in. */
export type TagsOf<T> = (doc: T) => string[]

async function expire(req: PayloadRequest, tagNames: string[]) {
  // Loaded on use: the seed and migrate CLIs run this module under plain Node, where `next/cache`
  // cannot be imported (and is never needed: they pass disableRevalidate).
  const { revalidateTag } = await import('next/cache')
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

/** Whether any saved version of the document was published: only then can a draft save take a page down. */
async function everPublished(collection: CollectionSlug, id: string | number, req: PayloadRequest) {
  const { totalDocs } = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  return totalDocs > 0
}

/**
 * Revalidates when a document is published or changed while published, and when a published document
 * is unpublished (its previous version may be a pending draft, so the history is asked). Drafts of a
 * never-published document touch no page. Seeds and tests pass `context.disableRevalidate`.
 */
export function revalidateOnChange<T extends Published>(tagsOf: TagsOf<T>): CollectionAfterChangeHook<T> {
  return async ({ collection, doc, previousDoc, req }) => {
    if (req.context.disableRevalidate) return doc
    const live = doc._status === 'published' || previousDoc?._status === 'published'
    if (!live && !(await everPublished(collection.slug as CollectionSlug, doc.id, req))) return doc
    await expire(req, [...tagsOf(doc), ...(previousDoc ? tagsOf(previousDoc) : [])])
    return doc
  }
}

export function revalidateOnDelete<T extends Published>(tagsOf: TagsOf<T>): CollectionAfterDeleteHook<T> {
  return async ({ doc, req }) => {
    if (!req.context.disableRevalidate && doc) await expire(req, tagsOf(doc))
    return doc
  }
}
