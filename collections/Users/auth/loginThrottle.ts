import { limitKey } from '@/guards/rateLimit'

/**
 * Failed sign-ins counted per client address (an IPv6 client by its /64), with exponential backoff:
 * the first FREE_FAILURES cost nothing, then each further attempt must wait 1 s, 2 s, 4 s … up to
 * 15 minutes. Keyed on the address, not the account, so that a stranger can slow only themselves and
 * never lock a known account out. A success forgets only that account's failures from the address:
 * signing in to one's own account does not buy more guesses at another's. In this process's memory
 * (globalThis: one store for every bundle of the app); behind several instances each counts on its own.
 */
type Failures = { byAccount: Map<string, number>; last: number }
const store: Map<string, Failures> = ((globalThis as { __cchcLoginFailures?: Map<string, Failures> }).__cchcLoginFailures ??= new Map())

export const FREE_FAILURES = 5
const MAX_WAIT_MS = 15 * 60_000
/** An address quiet for this long starts again from zero. */
const FORGET_AFTER_MS = 60 * 60_000
const MAX_KEYS = 50_000

const waitAfter = (count: number) => (count < FREE_FAILURES ? 0 : Math.min(1000 * 2 ** (count - FREE_FAILURES), MAX_WAIT_MS))
const total = (failures: Failures) => [...failures.byAccount.values()].reduce((sum, count) => sum + count, 0)

function current(address: string, now: number): Failures | undefined {
  const key = limitKey(address)
  const failures = store.get(key)
  if (failures && now - failures.last > FORGET_AFTER_MS) store.delete(key)
  return store.get(key)
}

/** Seconds this address must wait before its next sign-in attempt; 0 when it may try now. */
export function loginWait(address: string, now = Date.now()): number {
  const failures = current(address, now)
  if (!failures) return 0
  return Math.max(0, Math.ceil((failures.last + waitAfter(total(failures)) - now) / 1000))
}

/** Counts an attempt at `account` as failed until it succeeds (then `loginSucceeded` forgets it). */
export function loginAttempted(address: string, account: string, now = Date.now()) {
  const failures = current(address, now) ?? { byAccount: new Map<string, number>(), last: now }
  failures.byAccount.set(account, (failures.byAccount.get(account) ?? 0) + 1)
  failures.last = now
  store.set(limitKey(address), failures)
  if (store.size > MAX_KEYS) {
    for (const [key, entry] of store) if (now - entry.last > FORGET_AFTER_MS || store.size > MAX_KEYS * 0.9) store.delete(key)
  }
}

export function loginSucceeded(address: string, account: string) {
  const failures = store.get(limitKey(address))
  if (!failures) return
  failures.byAccount.delete(account)
  if (failures.byAccount.size === 0) store.delete(limitKey(address))
}
