import type { Payload, PayloadRequest } from 'payload'

import { type CollectionWithPages, hrefOf } from '@/domain/paths'
import { localizedPath } from '@/i18n/routing'

/** The collections a redirect may point to (their public pages). */
export const REDIRECT_TARGETS = Object.keys(hrefOf) as CollectionWithPages[]

export type RedirectTo = {
  type?: 'reference' | 'custom' | null
  url?: string | null
  reference?: { relationTo: string; value: unknown } | null
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : value) as string

/**
 * Where redirects send the reader, with one query per collection: the custom URL, or the page of the
 * document named (the English page when the old address was English), only while that document is
 * published (a draft's address is not given away). A redirect pointing nowhere yet is left out.
 */
export async function resolveRedirects<T extends { from: string; to?: RedirectTo | null }>(
  docs: T[],
  payload: Payload,
  req?: PayloadRequest,
) {
  const ids = new Map<CollectionWithPages, Set<string>>()
  for (const { to } of docs) {
    const collection = to?.reference?.relationTo as CollectionWithPages | undefined
    if (to?.type === 'reference' && collection && REDIRECT_TARGETS.includes(collection) && to.reference?.value) {
      ids.set(collection, (ids.get(collection) ?? new Set()).add(idOf(to.reference.value)))
    }
  }
  const slugs = new Map<string, string>()
  for (const [collection, set] of ids) {
    const { docs: found } = await payload.find({
      collection,
      where: { and: [{ id: { in: [...set] } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      select: { slug: true },
      req,
    })
    for (const doc of found as { id: string; slug?: string }[]) if (doc.slug) slugs.set(`${collection}:${doc.id}`, doc.slug)
  }
  return docs.flatMap((doc) => {
    if (doc.to?.type !== 'reference') return doc.to?.url?.trim() ? [{ doc, to: doc.to.url.trim() }] : []
    const collection = doc.to.reference?.relationTo as CollectionWithPages
    const slug = slugs.get(`${collection}:${idOf(doc.to.reference?.value)}`)
    return slug ? [{ doc, to: localizedPath(hrefOf[collection](slug), /^\/en(?:\/|$)/.test(doc.from) ? 'en' : 'vi') }] : []
  })
}
