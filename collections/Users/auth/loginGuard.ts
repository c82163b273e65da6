import crypto from 'node:crypto'

import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/guards/rateLimit'
import { loginAttempted, loginSucceeded, loginWait } from './loginThrottle'
import { Refusal } from '@/cms/refusal'

/** The account a sign-in names, as Payload looks it up (lower case, trimmed). */
export const accountOf = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/** Payload's current password hash (pbkdf2-sha256, 600,000 rounds, 32 bytes): what a known account costs. */
const hashLikePayload = (password: string) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

/**
 * Counts an attempt from this client address, or refuses it (429) while the address must wait. A
 * password-reset request counts like a failed sign-in that never succeeds: it mails a staff member,
 * so it is not free.
 */
export function throttled(headers: Headers, account: string) {
  const address = clientAddress(headers)
  const wait = loginWait(address)
  if (wait) {
    throw new Refusal(
      `Đăng nhập sai quá nhiều lần từ địa chỉ này. Hãy thử lại sau ${wait} giây. / Too many failed sign-ins from this address. Try again in ${wait} s.`,
      429,
    )
  }
  loginAttempted(address, account)
}

/**
 * Before Payload checks a sign-in: an address with too many recent failures waits (429, counted per
 * address with backoff, see loginThrottle), and an unknown email costs the same password hash as a
 * known one, so the answer's timing does not tell which addresses are staff accounts.
 */
export const guardLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  // A reset request already counted by its endpoint (forgotPassword.ts) runs later, without the request.
  if (operation === 'forgotPassword' && req.context.resetRequestCounted) return args
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const account = accountOf(email)
  throttled(req.headers, operation === 'login' ? account : `reset:${account}`)
  if (operation === 'login' && account && typeof password === 'string' && password.trim()) {
    const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req })
    if (!known) await hashLikePayload(password)
  }
  return args
}

export const forgetFailedLogins: CollectionAfterLoginHook = ({ req, user }) => {
  loginSucceeded(clientAddress(req.headers), accountOf(user.email))
  return user
}
