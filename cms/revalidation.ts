import crypto from 'node:crypto'

import type { Payload } from 'payload'

/** The route through which code running outside a Next request (scheduled jobs) expires cache tags. */
export const REVALIDATE_PATH = '/next/revalidate'
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

/** A secret for the revalidate route, derived from PAYLOAD_SECRET so there is nothing more to configure. */
export const revalidateSecret = (payloadSecret: string) =>
  crypto.createHmac('sha256', payloadSecret).update('cchc-revalidate').digest('hex')

/**
 * Expires cache tags so the next request renders fresh HTML. Inside a Next request (REST, admin) this
 * calls revalidateTag; elsewhere (a scheduled publish run by the jobs queue) Next has no request
 * context, so it asks the running server through the secret-protected revalidate route.
 */
export async function expireTags(payload: Payload, tagNames: string[]) {
  const unique = [...new Set(tagNames)]
  if (unique.length === 0) return
  payload.logger.info(`revalidate tags ${unique.join(', ')}`)
  try {
    // Loaded on use: the seed and migrate CLIs run under plain Node, where `next/cache` cannot load.
    const { revalidateTag } = await import('next/cache')
    // expire: 0 → the next request renders fresh content instead of serving the stale page once.
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not in a Next request: fall through to the route.
  }
  try {
    const response = await fetch(new URL(REVALIDATE_PATH, payload.config.serverURL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: revalidateSecret(payload.secret) },
      body: JSON.stringify({ tags: unique }),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
  } catch (error) {
    payload.logger.warn(`could not revalidate ${unique.join(', ')}: ${(error as Error).message}`)
  }
}
