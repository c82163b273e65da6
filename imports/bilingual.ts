import type { CollectionSlug, PayloadRequest } from 'payload'

import { holdsAlready } from '@/domain/imports/sameData'
import type { WriteContext } from './kind'
import type { RowAction } from './report'

type Saved = { id: string | number; _status?: string | null } & Record<string, unknown>

/**
 * Without a transaction, a row whose English write fails takes back its Vietnamese one: a document it
 * created is deleted, one it updated gets back the values the row had changed (as draft or published,
 * as it was). A failure of the database itself can defeat this too; the report then says the import failed.
 */
async function undoVietnameseWrite(
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

type Row = {
  /** The document with the row's identity, as last saved (its latest draft), in Vietnamese. */
  saved: Saved | undefined
  vi: Record<string, unknown>
  en: Record<string, unknown>
  /** Fields only a new document gets (a procedure's slug). */
  onCreate?: () => Promise<Record<string, unknown>>
}

/**
 * Writes one row of a bilingual collection: nothing when the saved document already holds it (and is
 * published when publishing), else the Vietnamese write then the English one, as drafts unless
 * publishing, by the importing user's access. `write` false (a check without a transaction) only says
 * what it would do.
 */
export async function writeBilingual(
  collection: CollectionSlug,
  { saved, vi, en, onCreate }: Row,
  { req, publish, write, atomic }: Pick<WriteContext, 'req' | 'publish' | 'write' | 'atomic'>,
): Promise<Exclude<RowAction, 'reject'>> {
  const english = Object.keys(en).length > 0
  const savedEn =
    saved && english
      ? await req.payload.findByID({ collection, id: saved.id, draft: true, locale: 'en', fallbackLocale: false, depth: 0, req })
      : null
  const same = Boolean(saved) && holdsAlready(vi, saved) && (!english || holdsAlready(en, savedEn))
  if (same && (!publish || saved?._status === 'published')) return 'unchanged'
  const action = !saved ? 'create' : same ? 'publish' : 'update'
  if (!write) return action
  const _status = publish ? 'published' : 'draft'
  const common = { collection, draft: !publish, depth: 0, req, overrideAccess: !req.user, user: req.user }
  const doc = saved
    ? await req.payload.update({ ...common, id: saved.id, locale: 'vi', data: { ...vi, _status } as never })
    : await req.payload.create({ ...common, locale: 'vi', data: { ...vi, ...(await onCreate?.()), _status } as never })
  if (english) {
    try {
      await req.payload.update({ ...common, id: doc.id, locale: 'en', data: { ...en, _status } as never })
    } catch (error) {
      // Without a transaction, the row's Vietnamese write does not outlive it.
      if (!atomic) await undoVietnameseWrite(req, collection, saved, doc.id, Object.keys(vi)).catch(() => undefined)
      throw error
    }
  }
  return action
}
