/**
 * Failed sign-ins counted per client address, with exponential backoff: the first FREE_FAILURES
 * cost nothing, then each further attempt must wait 1 s, 2 s, 4 s … up to 15 minutes. Keyed on the
 * address, not the account, so that a stranger can slow only themselves and never lock a known
 * account out. In this process's memory (globalThis: one store for every bundle of the app); behind
 * several instances each counts on its own.
 */
type Failures = { count: number; last: number }
const store: Map<string, Failures> = ((globalThis as { __cchcLoginFailures?: Map<string, Failures> }).__cchcLoginFailures ??= new Map())

export const FREE_FAILURES = 5
const MAX_WAIT_MS = 15 * 60_000
/** An address quiet for this long starts again from zero. */
const FORGET_AFTER_MS = 60 * 60_000
const MAX_KEYS = 50_000

const waitAfter = (count: number) => (count < FREE_FAILURES ? 0 : Math.min(1000 * 2 ** (count - FREE_FAILURES), MAX_WAIT_MS))

function current(key: string, now: number): Failures | undefined {
  const failures = store.get(key)
  if (failures && now - failures.last > FORGET_AFTER_MS) store.delete(key)
  return store.get(key)
}

/** Seconds this address must wait before its next sign-in attempt; 0 when it may try now. */
export function loginWait(key: string, now = Date.now()): number {
  const failures = current(key, now)
  if (!failures) return 0
  return Math.max(0, Math.ceil((failures.last + waitAfter(failures.count) - now) / 1000))
}

/** Counts an attempt as failed until it succeeds (then `loginSucceeded` forgets the address). */
export function loginAttempted(key: string, now = Date.now()) {
  const failures = current(key, now) ?? { count: 0, last: now }
  store.set(key, { count: failures.count + 1, last: now })
  if (store.size > MAX_KEYS) {
    for (const [id, entry] of store) if (now - entry.last > FORGET_AFTER_MS || store.size > MAX_KEYS * 0.9) store.delete(id)
  }
}

export function loginSucceeded(key: string) {
  store.delete(key)
}
