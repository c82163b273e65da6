/**
 * Checks a citizen's feedback as submitted (form or JSON), field by field. Nothing is trimmed away
 * silently except surrounding whitespace; every problem comes back with the field it belongs to.
 */
/** The honeypot field of the site's forms: bots fill it in, people never see it. */
export const HONEYPOT_FIELD = 'website'

export const FEEDBACK_LIMITS = { name: 100, email: 254, phone: 20, subject: 200, message: 5000, minMessage: 20, procedure: 200 } as const

export type FeedbackField = 'name' | 'contact' | 'email' | 'phone' | 'subject' | 'message' | 'procedure' | 'consent' | 'form'

/** Error codes, worded in messages/*.json under feedback.errors. */
export type FeedbackError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'contactRequired'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'subjectRequired'
  | 'subjectTooLong'
  | 'messageTooShort'
  | 'messageTooLong'
  | 'procedureUnknown'
  | 'procedureTooLong'
  | 'consentRequired'
  | 'notAccepted'

export type FeedbackInput = {
  name: string
  email: string
  phone: string
  subject: string
  message: string
  procedure: string
  consent: boolean
}
export type FeedbackErrors = Partial<Record<FeedbackField, FeedbackError>>

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '')
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i
// Vietnamese numbers: 0 + 9–10 digits, or +84 / 84 + 9–10 digits; spaces, dots and dashes allowed.
const PHONE = /^(?:\+?84|0)\d{9,10}$/

/** The submitted values as strings, whatever came in (numbers, arrays and objects are not text). */
export function feedbackInput(raw: Record<string, unknown>): FeedbackInput {
  const consent = raw.consent
  return {
    name: text(raw.name),
    email: text(raw.email),
    phone: text(raw.phone),
    subject: text(raw.subject),
    message: text(raw.message),
    procedure: text(raw.procedure),
    consent: consent === true || consent === 'on' || consent === 'yes' || consent === 'true',
  }
}

export function validateFeedback(input: FeedbackInput): FeedbackErrors {
  const errors: FeedbackErrors = {}
  if (!input.name) errors.name = 'nameRequired'
  else if (input.name.length > FEEDBACK_LIMITS.name) errors.name = 'nameTooLong'
  if (!input.email && !input.phone) errors.contact = 'contactRequired'
  if (input.email && (input.email.length > FEEDBACK_LIMITS.email || !EMAIL.test(input.email))) errors.email = 'emailInvalid'
  if (input.phone && (input.phone.length > FEEDBACK_LIMITS.phone || !PHONE.test(input.phone.replace(/[\s.-]/g, ''))))
    errors.phone = 'phoneInvalid'
  if (!input.subject) errors.subject = 'subjectRequired'
  else if (input.subject.length > FEEDBACK_LIMITS.subject) errors.subject = 'subjectTooLong'
  if (input.message.length < FEEDBACK_LIMITS.minMessage) errors.message = 'messageTooShort'
  else if (input.message.length > FEEDBACK_LIMITS.message) errors.message = 'messageTooLong'
  if (input.procedure.length > FEEDBACK_LIMITS.procedure) errors.procedure = 'procedureTooLong'
  if (!input.consent) errors.consent = 'consentRequired'
  return errors
}

/** Phone numbers compared by digits, emails without case: how a citizen proves a tracking code is theirs. */
export function sameContact(given: string, stored: { email?: string | null; phone?: string | null }): boolean {
  const value = given.trim()
  if (!value) return false
  if (value.includes('@')) return Boolean(stored.email) && stored.email!.trim().toLowerCase() === value.toLowerCase()
  const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^84/, '0')
  return Boolean(stored.phone) && digits(stored.phone!) === digits(value) && digits(value).length >= 9
}
