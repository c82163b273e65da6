/**
 * What never reaches a log line: secrets (passwords, tokens, cookies) and citizens' personal data
 * (contact details, names, message bodies). Fields under these names are censored (`redactFields`,
 * pino's `formatters.log`: a walk of the line's object, copy-on-write, far cheaper than pino's wildcard
 * `redact`), errors are serialized without what drivers quote in them (Drizzle's "params: …" lists the
 * values of a failed insert; MongoDB's "dup key: { … }" the duplicated value) and without email
 * addresses (a mail server's refusal quotes the recipient); messages are scrubbed alike.
 */
import { stdSerializers } from 'pino'

const lower = (names) => new Set(names.map((name) => name.toLowerCase()))
/** Censored under any object, at any depth walked. */
const SECRET = lower([
  'password',
  'confirmPassword',
  'token',
  'apiKey',
  'secret',
  'salt',
  'hash',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'phone',
  'contact',
])
/** Censored in the objects that carry submitted fields (CONTAINER). */
const PERSONAL = lower(['address', 'name', 'subject', 'message', 'content', 'answer'])
const CONTAINER = lower(['body', 'data', 'doc', 'input', 'feedback', 'user', 'query', 'originalDoc', 'previousDoc', 'values'])
/** What errors carry of the data they failed on: Drizzle's query values, MongoDB's duplicated key, a mail server's recipients. */
const ERROR_DATA = lower(['params', 'keyValue', 'keyPattern', 'rejected', 'accepted', 'envelope', 'rejectedErrors'])
const MAX_DEPTH = 6

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

/** pino's error serializer (type, message, stack with its causes, own fields), each text field scrubbed, the failed data censored. */
export function safeError(error) {
  const serialized = stdSerializers.err(error)
  if (!serialized || typeof serialized !== 'object') return serialized
  for (const [field, value] of Object.entries(serialized)) {
    if (ERROR_DATA.has(field.toLowerCase())) serialized[field] = CENSOR
    else if (typeof value === 'string') serialized[field] = scrubText(value)
  }
  return redactFields(serialized, 1)
}

/**
 * `value` with secrets censored wherever they are, personal fields inside the objects that carry them,
 * and errors serialized safely (`safeError`) wherever they are; objects are copied only where changed.
 */
export function redactFields(value, depth = 0, carriesPersonal = false) {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value
  if (value instanceof Error) return safeError(value)
  let copy
  for (const key of Object.keys(value)) {
    const name = key.toLowerCase()
    const hidden = SECRET.has(name) || (carriesPersonal && PERSONAL.has(name))
    const next = hidden ? CENSOR : redactFields(value[key], depth + 1, CONTAINER.has(name))
    if (next !== value[key]) (copy ??= Array.isArray(value) ? [...value] : { ...value })[key] = next
  }
  return copy ?? value
}
