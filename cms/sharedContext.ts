/**
 * A `context` for Local API calls that is reused across calls (a module's constant, the seed's, the
 * tests'). Payload keeps per-request state in the context object it is given: the search plugin notes
 * each document it has synced in `context.syncedDocsSet` and skips it afterwards, so a shared object
 * would stop every later save of the same document from reaching the search index (and grow for
 * ever). This one never keeps that set: each call starts with none.
 */
export function sharedContext<T extends Record<string, unknown>>(values: T): T {
  return Object.defineProperty({ ...values }, 'syncedDocsSet', { get: () => undefined, set: () => {}, enumerable: false })
}
