/**
 * What never reaches a log line: secrets (passwords, tokens, cookies) and citizens' personal data
 * (contact details, names, message bodies). Two layers: pino's `redact` for fields under these names,
 * and an error serializer that takes out what database drivers put in their messages (Drizzle's
 * "params: …" lists the values of a failed insert; MongoDB's "dup key: { … }" the duplicated value)
 * and any email address (a mail server's refusal quotes the recipient); messages are scrubbed alike.
 */
import { stdSerializers } from 'pino'

const SECRETS = ['password', 'confirmPassword', 'token', 'apiKey', 'secret', 'salt', 'hash', 'authorization', 'cookie', 'set-cookie']
const PERSONAL = ['email', 'phone', 'contact', 'address', 'name', 'subject', 'message', 'content', 'answer']
/** Objects that may hold a citizen's or a staff member's submitted fields. */
const CONTAINERS = ['body', 'data', 'doc', 'input', 'feedback', 'user', 'query', 'originalDoc', 'previousDoc']

const key = (name) => (/^[a-z_$][\w$]*$/i.test(name) ? `.${name}` : `["${name}"]`)

/** pino `redact` paths: a secret under any name at the first three levels; personal fields in the objects that carry them. */
export const REDACT_PATHS = [
  ...SECRETS.flatMap((name) => [key(name).replace(/^\./, ''), `*${key(name)}`, `*.*${key(name)}`]),
  ...['email', 'phone', 'contact'].flatMap((name) => [name, `*.${name}`]),
  ...CONTAINERS.flatMap((container) => PERSONAL.map((name) => `${container}.${name}`)),
  // Drizzle's failed query values, MongoDB's duplicated key, a mail server's refused recipients.
  'err.params',
  'err.keyValue',
  'err.keyPattern',
  'err.rejected',
  'err.accepted',
  'err.envelope',
  'err.rejectedErrors',
]

export const CENSOR = '[redacted]'

/** An email address anywhere in a text (a mail server's refusal quotes the recipient). */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi

/**
 * Text without the values a driver quotes (Drizzle's "params: …" to the end of its line, MongoDB's
 * "dup key: { … }") and without email addresses.
 */
export function scrubText(text) {
  return typeof text === 'string'
    ? text
        .replace(/\bparams: .*$/gm, `params: ${CENSOR}`)
        .replace(/dup key: \{.*?\}/g, `dup key: ${CENSOR}`)
        .replace(EMAIL, '[email]')
    : text
}

/** pino's error serializer (type, message, stack with its causes, own fields), each text field scrubbed. */
export function safeError(error) {
  const serialized = stdSerializers.err(error)
  if (!serialized || typeof serialized !== 'object') return serialized
  for (const [field, value] of Object.entries(serialized)) if (typeof value === 'string') serialized[field] = scrubText(value)
  return serialized
}
