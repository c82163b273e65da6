import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * "Never published", as a query on a document (or on the relationship `path` to one): not live now and
 * no first publication recorded. A missing date is absent on MongoDB and null on SQLite: both count.
 */
export function neverPublished(path = ''): Where {
  const field = (name: string) => (path ? `${path}.${name}` : name)
  return {
    and: [
      { [field('_status')]: { not_equals: 'published' } },
      { or: [{ [field('firstPublishedAt')]: { exists: false } }, { [field('firstPublishedAt')]: { equals: null } }] },
    ],
  }
}

/**
 * Whether any saved version of the document was published: what `firstPublishedAt` cannot tell for
 * documents published before it existed, and what tells whether a draft save can take a page down.
 */
export async function hasPublishedVersion(collection: CollectionSlug, id: string | number, req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  return totalDocs > 0
}
