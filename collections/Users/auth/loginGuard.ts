import crypto from 'node:crypto'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '../../../cms/rateLimit'
import { loginAttempted, loginSucceeded, loginWait } from './loginThrottle'

/** Payload's current password hash (pbkdf2-sha256, 600,000 rounds, 32 bytes): what a known account costs. */
const hashLikePayload = (password: string) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )

/**
 * Before Payload checks a sign-in: an address with too many recent failures waits (429, counted per
 * address with backoff, see loginThrottle), and an unknown email costs the same password hash as a
 * known one, so the answer's timing does not tell which addresses are staff accounts.
 */
export const guardLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddress(req.headers)
  const wait = loginWait(address)
  if (wait) {
    throw new APIError(
      `Đăng nhập sai quá nhiều lần từ địa chỉ này. Hãy thử lại sau ${wait} giây. / Too many failed sign-ins from this address. Try again in ${wait} s.`,
      429,
    )
  }
  loginAttempted(address)
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {})
  if (typeof email === 'string' && typeof password === 'string' && password.trim()) {
    const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email.toLowerCase().trim() } }, req })
    if (!known) await hashLikePayload(password)
  }
  return args
}

export const forgetFailedLogins: CollectionAfterLoginHook = ({ req, user }) => {
  loginSucceeded(clientAddress(req.headers))
  return user
}
