import { findRedirect, REDIRECTS_PATH, type RedirectRule } from '@/domain/redirects'

import { appTable } from './appTable'

/** How old the proxy's copy of the table may be: a redirect saved in the admin applies within this. */
const FRESH_MS = 1000
/** A request waits for the re-read at most this long (a cached answer takes a few milliseconds). */
const TIMEOUT_MS = 1500

const redirects = appTable(
  REDIRECTS_PATH,
  new Map<string, RedirectRule>(),
  (body) => new Map((body as { rules: RedirectRule[] }).rules.map((rule) => [rule.from, rule])),
  FRESH_MS,
  TIMEOUT_MS,
)

/**
 * The redirect for a request, from the table the app serves (app/next/redirects), kept in memory and
 * re-read at most once a second: a lookup costs a map access, and a change in the admin applies within
 * a second on every instance without a rebuild. The request that finds the copy stale waits for the
 * re-read (a cached answer, a few milliseconds) so that no reader is sent the old way after a change.
 */
export async function redirectFor(url: URL): Promise<Response | null> {
  const rule = findRedirect(await redirects(true), url.pathname, url.search)
  if (!rule) return null
  // Absolute, as Next requires of a proxy's Location (a path here resolves against the request's origin).
  return new Response(null, { status: rule.status, headers: { location: new URL(rule.to, url).href, 'cache-control': 'no-store' } })
}
