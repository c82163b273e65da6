import { internalUrl } from '@/domain/siteUrl'

/** A table that cannot be read is asked for again after this, and the copy in hand is used meanwhile. */
const RETRY_MS = 5000

type Held<T> = { value: T; checkedAt: number; loading: Promise<void> | null; warnedAt: number }

/**
 * A table the app serves at `path` (JSON), as the proxy keeps it: in memory, re-read when older than
 * `freshMs`, given up after `timeoutMs`. `current(wait)` gives the copy in hand; with `wait`, a stale copy is re-read first (a
 * cached answer, a few milliseconds), else the re-read runs in the background. A table that cannot be
 * read keeps the copy in hand and is said once a minute, not on every request.
 */
export function appTable<T>(path: string, empty: T, parse: (body: unknown) => T, freshMs: number, timeoutMs: number) {
  const key = `__cchcTable:${path}`
  const held: Held<T> = ((globalThis as Record<string, unknown>)[key] ??= {
    value: empty,
    checkedAt: 0,
    loading: null,
    warnedAt: 0,
  }) as Held<T>

  async function load() {
    try {
      const response = await fetch(internalUrl() + path, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
      if (!response.ok) throw new Error(`status ${response.status}`)
      held.value = parse(await response.json())
      held.checkedAt = Date.now()
    } catch (error) {
      held.checkedAt = Date.now() - freshMs + RETRY_MS
      if (Date.now() - held.warnedAt > 60_000) {
        held.warnedAt = Date.now()
        console.warn(`${path}: could not read it (${(error as Error).message}); using the copy in hand`)
      }
    } finally {
      held.loading = null
    }
  }

  return async function current(wait: boolean): Promise<T> {
    if (Date.now() - held.checkedAt > freshMs) {
      const loading = (held.loading ??= load())
      if (wait) await loading
    }
    return held.value
  }
}
