import type { CollectionAfterLoginHook, Payload } from 'payload'

import { noteSignedInUser } from '@/scripts/request-context.mjs'

/**
 * The user id on a request's log line (scripts/request-log.mjs) is the user Payload served the request
 * as: each auth strategy's result is noted in the request context. Not a token decoded or verified in
 * scripts/server.mjs: Payload also requires the token's session to be live (a signed-out token still
 * verifies) and the account to exist, and derives its key from a secret cms/secret.ts may generate;
 * the server would repeat those rules and could name a user the app refused.
 */
export function noteAuthenticatedUsers(payload: Payload) {
  payload.authStrategies = payload.authStrategies.map((strategy) => ({
    ...strategy,
    authenticate: async (args) => {
      const result = await strategy.authenticate(args)
      if (result.user) noteSignedInUser(result.user.id)
      return result
    },
  }))
}

/** A sign-in's own request carries the user who signed in. */
export const noteSignIn: CollectionAfterLoginHook = ({ user }) => {
  noteSignedInUser(user.id)
}
