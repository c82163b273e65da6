import { APIError } from 'payload'

/**
 * A request refused for a reason the user is told (a contributor publishing, a wrong password too
 * often, a weak password): a 4xx, not a fault. Named, so that the Payload config logs it at info with
 * its message and no stack (`loggingLevels`); a bundled build would otherwise name every APIError "".
 */
export class Refusal extends APIError {
  constructor(message: string, status: 400 | 403 | 409 | 429, data: Record<string, unknown> = {}) {
    super(message, status, data, true)
    this.name = 'Refusal'
  }
}

/**
 * Payload's `loggingLevels`: expected refusals and failed sign-ins are logged at info, without a stack.
 * The production bundle shortens Payload's own error names (AuthenticationError → "ex"), so the logger
 * also writes any error with a 4xx status at info (scripts/log.mjs).
 */
export const REFUSAL_LOGGING = {
  Refusal: 'info',
  AuthenticationError: 'info',
  LockedAuth: 'info',
  UnverifiedEmail: 'info',
  UnauthorizedError: 'info',
  // A where, sort or select the client got wrong: answered 400.
  QueryError: 'info',
} as const
