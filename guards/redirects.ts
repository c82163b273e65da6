import { findRedirect, REDIRECTS_PATH, type RedirectRule } from '@/domain/redirects'
import { internalUrl } from '@/domain/siteUrl'

/** How old the proxy's copy of the table may be: a redirect saved in the admin applies within this. */
const FRESH_MS = 1000
/** A table that cannot be read is asked for again after this, and the copy in hand is used meanwhile. */
const RETRY_MS = 5000
const FETCH_TIMEOUT_MS = 1500

type Table = { rules: Map<string, RedirectRule>; checkedAt: number; loading: Promise<void> | null; warnedAt: number }
const table: Table = ((globalThis as { __cchcRedirects?: Table }).__cchcRedirects ??= {
  rules: new Map(),
  checkedAt: 0,
  loading: null,
  warnedAt: 0,
})

async function load() {
  try {
    const response = await fetch(internalUrl() + REDIRECTS_PATH, { cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    if (!response.ok) throw new Error(`status ${response.status}`)
    const { rules } = (await response.json()) as { rules: RedirectRule[] }
    table.rules = new Map(rules.map((rule) => [rule.from, rule]))
    table.checkedAt = Date.now()
  } catch (error) {
    // Pages go on without the newest redirects; said once a minute, not on every request.
    table.checkedAt = Date.now() - FRESH_MS + RETRY_MS
    if (Date.now() - table.warnedAt > 60_000) {
      table.warnedAt = Date.now()
      console.warn(`redirects: could not read ${REDIRECTS_PATH} (${(error as Error).message}); using the ${table.rules.size} rules in hand`)
    }
  } finally {
    table.loading = null
  }
}

/**
 * The redirect for a request, from the table the app serves (app/next/redirects), kept in memory and
 * re-read at most once a second: a lookup costs a map access, and a change in the admin applies within
 * a second on every instance without a rebuild. The request that finds the copy stale waits for the
 * re-read (a cached answer, a few milliseconds) so that no reader is sent the old way after a change.
 */
export async function redirectFor(url: URL): Promise<Response | null> {
  if (Date.now() - table.checkedAt > FRESH_MS) await (table.loading ??= load())
  const rule = findRedirect(table.rules, url.pathname, url.search)
  if (!rule) return null
  // Absolute, as Next requires of a proxy's Location (a path here resolves against the request's origin).
  return new Response(null, { status: rule.status, headers: { location: new URL(rule.to, url).href, 'cache-control': 'no-store' } })
}
