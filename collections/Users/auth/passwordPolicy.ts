import { type CollectionBeforeOperationHook } from 'payload'

import { COMMON_PASSWORDS } from './commonPasswords'
import { Refusal } from '@/cms/refusal'

export const MIN_PASSWORD_LENGTH = 12
/** Long enough for any passphrase; far below what would make hashing costly. */
export const MAX_PASSWORD_LENGTH = 256

/** Why a password is refused (Vietnamese / English), or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. / The password needs at least ${MIN_PASSWORD_LENGTH} characters.`
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Mật khẩu dài tối đa ${MAX_PASSWORD_LENGTH} ký tự. / The password may have at most ${MAX_PASSWORD_LENGTH} characters.`
  }
  const plain = password.toLowerCase().replace(/\s+/g, '')
  const localPart = email?.toLowerCase().split('@')[0]
  if (COMMON_PASSWORDS.has(plain) || new Set(plain).size < 4 || (localPart && localPart.length >= 4 && plain.includes(localPart))) {
    return 'Mật khẩu quá dễ đoán (phổ biến, lặp ký tự hoặc chứa tên đăng nhập): hãy dùng một cụm từ dài. / The password is too easy to guess (common, repetitive or containing the account name): use a long passphrase.'
  }
  return null
}

/**
 * A 400 whose message is the reason itself (the admin shows it in its notice; a ValidationError would
 * show only "the field password is invalid"), with the field in `data` as Payload's validation gives it.
 */
const refused = (message: string) => new Refusal(message, 400, { errors: [{ path: 'password', message }] })

/**
 * Every way a password is set (create, update, reset with a token) passes the same policy: at least
 * 12 characters, not a common one. Refused with a field error the admin shows beside the field.
 */
export const passwordPolicy: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (data?.password === undefined) return args
  let email = typeof data.email === 'string' ? data.email : null
  const id = (args as { id?: string | number }).id
  if (operation === 'update' && id === undefined) {
    const message =
      'Mật khẩu được đổi cho từng tài khoản, không đổi hàng loạt. / Passwords are changed one account at a time, never in bulk.'
    throw refused(message)
  }
  if (!email && id !== undefined) {
    const user = await req.payload.db.findOne<{ id: string; email?: string }>({ collection: 'users', where: { id: { equals: id } }, req })
    email = user?.email ?? null
  }
  const problem = typeof data.password === 'string' ? passwordProblem(data.password, email) : 'Mật khẩu không hợp lệ. / Invalid password.'
  if (problem) throw refused(problem)
  return args
}
