import type { CollectionAfterChangeHook } from 'payload'

import { type CollectionWithPages, hrefOf } from '@/domain/paths'
import { redirectKey } from '@/domain/redirects'
import { localizedPath, locales } from '@/i18n/routing'

type WithSlug = { id: string | number; slug?: string | null; _status?: string | null }

/**
 * Addresses follow published documents. When a document goes live at an address (published for the
 * first time, or under a new slug), a redirect from that address is removed: the proxy applies
 * redirects before routing, so one left there (made when another document had that slug, or by
 * hand) would hide the live page. When a published document's slug changes, its old addresses (both
 * languages) keep working: a 301 redirect to the document is created, or an existing one from that
 * address is pointed at it.
 */
export const redirectOldSlug =
  (collection: CollectionWithPages): CollectionAfterChangeHook<WithSlug> =>
  async ({ doc, previousDoc, req }) => {
    if (!doc.slug || doc._status !== 'published') return doc
    const before = previousDoc?._status === 'published' ? previousDoc.slug : null
    if (before === doc.slug) return doc
    const pathsOf = (slug: string) => locales.map((locale) => redirectKey(localizedPath(hrefOf[collection](slug), locale)))
    const { docs: shadowing } = await req.payload.delete({ collection: 'redirects', where: { from: { in: pathsOf(doc.slug) } }, req })
    if (shadowing.length) {
      req.payload.logger.info(
        `redirects: removed ${shadowing.map((rule) => rule.from).join(', ')}: ${collection} ${doc.id} is published there`,
      )
    }
    if (!before) return doc
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
