import type { CollectionAfterChangeHook } from 'payload'

import { type CollectionWithPages, hrefOf } from '@/domain/paths'
import { redirectKey } from '@/domain/redirects'
import { localizedPath, locales } from '@/i18n/routing'

type WithSlug = { id: string | number; slug?: string | null; _status?: string | null }

/**
 * When a published document's slug changes, its old addresses (both languages) keep working: a 301
 * redirect to the document is created, or an existing one from that address is pointed at it; a
 * redirect from the new address (the slug changed back) is removed, so no loop is left behind.
 */
export const redirectOldSlug =
  (collection: CollectionWithPages): CollectionAfterChangeHook<WithSlug> =>
  async ({ doc, previousDoc, req }) => {
    const before = previousDoc?.slug
    if (!before || !doc.slug || before === doc.slug || doc._status !== 'published') return doc
    if (previousDoc?._status !== 'published') return doc
    const pathsOf = (slug: string) => locales.map((locale) => redirectKey(localizedPath(hrefOf[collection](slug), locale)))
    await req.payload.delete({ collection: 'redirects', where: { from: { in: pathsOf(doc.slug) } }, req })
    for (const from of pathsOf(before)) {
      const data = {
        from,
        to: { type: 'reference' as const, reference: { relationTo: collection, value: doc.id as string } },
        type: '301' as const,
      }
      const { docs } = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0, limit: 1, req })
      if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data, req })
      else await req.payload.create({ collection: 'redirects', data, req })
    }
    return doc
  }
