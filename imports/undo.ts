import type { CollectionSlug, PayloadRequest } from 'payload'

type Saved = { id: string | number; _status?: string | null } & Record<string, unknown>

/**
 * Without a transaction, a row whose English write fails takes back its Vietnamese one: a document it
 * created is deleted, one it updated gets back the values the row had changed (as draft or published,
 * as it was). A failure of the database itself can defeat this too; the report then says the import failed.
 */
export async function undoVietnameseWrite(
  req: PayloadRequest,
  collection: CollectionSlug,
  saved: Saved | undefined,
  createdId: string | number,
  changed: string[],
) {
  if (!saved) {
    await req.payload.delete({ collection, id: createdId, req, overrideAccess: true })
    return
  }
  const previous = Object.fromEntries(changed.map((key) => [key, saved[key] ?? null]))
  const published = saved._status === 'published'
  await req.payload.update({
    collection,
    id: saved.id,
    locale: 'vi',
    draft: !published,
    depth: 0,
    req,
    overrideAccess: true,
    data: { ...previous, _status: published ? 'published' : 'draft' } as never,
  })
}
