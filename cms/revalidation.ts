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

/** Second asks waiting for their timer, and asks under way: a command-line process exits before either (flushRevalidation). */
const delayed = new Map<NodeJS.Timeout, { payload: Payload; tags: string[] }>()
const underWay = new Set<Promise<void>>()

function ask(payload: Payload, tagNames: string[]) {
  const asking = askServer(payload, tagNames).finally(() => underWay.delete(asking))
  underWay.add(asking)
  return asking
}

/**
 * Asks at once what is still waiting for its second ask, and waits for every ask under way. The timer
 * does not keep a process alive, so a command (`npm run import -- … --publish`) calls this after its last
 * commit: otherwise the expiry of its last rows, asked first inside their uncommitted batch, would be
 * lost when it exits, and a page rendered meanwhile would keep the old content.
 */
export async function flushRevalidation() {
  const byPayload = new Map<Payload, Set<string>>()
  for (const [timer, { payload, tags }] of delayed) {
    clearTimeout(timer)
    for (const tag of tags) byPayload.set(payload, (byPayload.get(payload) ?? new Set()).add(tag))
  }
  delayed.clear()
  await Promise.all([...underWay, ...[...byPayload].map(([payload, tags]) => ask(payload, [...tags]))])
}

/** How long after the last save its tags are expired once more (settleLater). */
const SETTLE_MS = 2000
const settling = { timer: null as NodeJS.Timeout | null, tags: new Set<string>() }

/**
 * Expires the tags of recent saves once more when saves have stopped for SETTLE_MS. A render under way
 * when a save's expiry is applied read the data from before it, but Next stores it after the expiry
 * and so keeps it as fresh: in a burst of saves (an import) or under traffic, a page could stay old
 * until its next change. By SETTLE_MS after the last save, every render that began before it is over.
 * (For the same reason nothing renders pages on its own after a save: such renders would race the
 * next save.)
 */
function settleLater(payload: Payload, tags: string[]) {
  for (const tag of tags) settling.tags.add(tag)
  if (settling.timer) clearTimeout(settling.timer)
  settling.timer = setTimeout(() => {
    const again = [...settling.tags]
    settling.tags.clear()
    settling.timer = null
    void ask(payload, again)
  }, SETTLE_MS).unref()
}

/**
 * Expires cache tags so the next request renders fresh HTML.
 *
 * Inside a request to the server (REST, the admin's server functions: they carry a Host header), Next's
 * revalidateTag applies the expiry when the request ends, after the write is committed. Elsewhere (a
 * scheduled publish run by the jobs queue) revalidateTag would be a silent no-op, so the running server
 * is asked through the secret-protected revalidate route: once now, and once a second later, when the
 * job's transaction has surely been committed and no request can have cached the old content (a
 * process that ends sooner asks it before exiting: flushRevalidation). Inside a request, once more when
 * saves have stopped for a moment (settleLater).
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
      settleLater(payload, unique)
      return
    } catch {
      // Not a Next request after all: ask the server.
    }
  }
  await ask(payload, unique)
  const timer = setTimeout(() => {
    delayed.delete(timer)
    void ask(payload, unique)
  }, 1000).unref()
  delayed.set(timer, { payload, tags: unique })
}
