/**
 * The request being answered, shared by the production server (scripts/server.mjs), which opens it,
 * and the app (its own bundle of this file), which adds the signed-in user: one AsyncLocalStorage per
 * process on globalThis, so both bundles see the same one. Log lines written while a request is open
 * carry its id (scripts/log.mjs).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const KEY = Symbol.for('cchc.requestContext')

/** @typedef {{ id: string, user?: string | number, open: boolean, errors?: ({ err: unknown } | { msg: string })[] }} RequestContext errors: reported at error while answering, written at the answer's end (scripts/log.mjs) */

/** @returns {AsyncLocalStorage<RequestContext>} */
const storage = () => (globalThis[KEY] ??= new AsyncLocalStorage())

/** Runs `handle` with `context` as the current request (for everything it starts, timers included). */
export const inRequest = (context, handle) => storage().run(context, handle)

/**
 * The request being answered, or undefined. A timer started during a request (a cron that Payload
 * boots on the first request) keeps that request's context for ever: a closed one is no longer current.
 */
export function currentRequest() {
  const context = storage().getStore()
  return context?.open ? context : undefined
}

/** Records the user the app authenticated this request as (a verified token with a live session). */
export function noteSignedInUser(id) {
  const context = currentRequest()
  if (context && id !== undefined && id !== null) context.user = id
}
