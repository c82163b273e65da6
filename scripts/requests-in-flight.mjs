/**
 * How many requests the server is answering now (scripts/request-handler.mjs counts them), not counting
 * the machines' routine checks: work the app runs in the background lets them go first
 * (cms/yieldToRequests.ts). Kept on globalThis, so the server and the app's bundled code share it.
 */
const state = (globalThis[Symbol.for('cchc.requestsInFlight')] ??= { count: 0 })

/** Counts `res` in flight until it is answered or its connection closes. */
export function countInFlight(res) {
  state.count++
  res.once('close', () => state.count--)
}

export const requestsInFlight = () => state.count
