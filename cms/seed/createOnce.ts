import { sharedContext } from '../sharedContext'
import type { CollectionSlug, Payload, Where } from 'payload'

import { inLocale, type L, withRowIds } from './localized'
import { richText } from './richText'

export const context = sharedContext({ disableRevalidate: true })

/** Rich text in each locale from seed paragraphs; English only when every paragraph has it. */
export function localizedRichText(paragraphs: L[] | undefined): L | undefined {
  if (!paragraphs?.length) return undefined
  return {
    vi: richText(paragraphs.map((paragraph) => paragraph.vi)),
    en: paragraphs.every((paragraph) => paragraph.en) ? richText(paragraphs.map((paragraph) => paragraph.en!)) : undefined,
  } as unknown as L
}

type Counts = Record<string, number>

/**
 * Creates a document once: when `where` finds one (drafts included) it is left as it is, so running the
 * seed again changes nothing and never overwrites an editor's work. The Vietnamese text is created
 * first, then the English translation is written onto the same array rows. Editorial documents are
 * created published.
 */
export async function createOnce(
  payload: Payload,
  counts: Counts,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  localizedArrays: string[] = [],
): Promise<string> {
  const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, ...(drafts ? { draft: true } : {}) })
  if (docs[0]) return String(docs[0].id)
  const status = drafts ? { _status: 'published' } : {}
  const vi = { ...(inLocale(data, 'vi') as object), ...status }
  const doc = await payload.create({ collection, locale: 'vi', data: vi as never, context })
  const en = inLocale(data, 'en') as Record<string, unknown>
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { ...(withRowIds(en, doc, new Set(localizedArrays)) as object), ...status } as never,
    context,
  })
  counts[collection] = (counts[collection] ?? 0) + 1
  return String(doc.id)
}
