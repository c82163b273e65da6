import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { internalUrl } from '@/domain/siteUrl'

/** The route through which code running outside a Next request (scheduled jobs) expires cache tags. */
export const REVALIDATE_PATH = '/next/revalidate'
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

/** A secret for the revalidate route, derived from PAYLOAD_SECRET so there is nothing more to configure. */
export const revalidateSecret = (payloadSecret: string) =>
  crypto.createHmac('sha256', payloadSecret).update('cchc-revalidate').digest('hex')

async function askServer(payload: Payload, tagNames: string[]) {
  try {
    const response = await fetch(new URL(REVALIDATE_PATH, internalUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: revalidateSecret(payload.secret) },
      body: JSON.stringify({ tags: tagNames }),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
  } catch (error) {
    payload.logger.warn(`could not revalidate ${tagNames.join(', ')}: ${(error as Error).message}`)
  }
}

/**
 * Expires cache tags so the next request renders fresh HTML.
 *
 * Inside a request to the server (REST, the admin's server functions: they carry a Host header), Next's
 * revalidateTag applies the expiry when the request ends, after the write is committed. Elsewhere (a
 * scheduled publish run by the jobs queue) revalidateTag would be a silent no-op, so the running server
 * is asked through the secret-protected revalidate route: once now, and once a second later, when the
 * job's transaction has surely been committed and no request can have cached the old content.
 */
export async function expireTags(payload: Payload, tagNames: string[], req?: { headers?: Headers }) {
  const unique = [...new Set(tagNames)]
  if (unique.length === 0) return
  payload.logger.info(`revalidate tags ${unique.join(', ')}`)
  if (req?.headers?.get?.('host')) {
    try {
      // Loaded on use: the seed and migrate CLIs run under plain Node, where `next/cache` cannot load.
      const { revalidateTag } = await import('next/cache')
      // expire: 0 → the next request renders fresh content instead of serving the stale page once.
      for (const tag of unique) revalidateTag(tag, { expire: 0 })
      return
    } catch {
      // Not a Next request after all: ask the server.
    }
  }
  await askServer(payload, unique)
  setTimeout(() => void askServer(payload, unique), 1000).unref()
}
