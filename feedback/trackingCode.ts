import crypto from 'node:crypto'

/**
 * The tracking code of a feedback item: "PA-" and 8 characters a citizen can read out and type, with
 * no 0/O or 1/I to misread. One place for its format: made here, read back by normalizeTrackingCode.
 */
const PREFIX = 'PA-'
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const LENGTH = 8
const SHAPE = new RegExp(`^${PREFIX}[${ALPHABET}]{${LENGTH}}$`)

export function newTrackingCode(): string {
  return PREFIX + [...crypto.randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/** "pa-abcd 2345", "ABCD2345" → "PA-ABCD2345"; null when it cannot be a tracking code. */
export function normalizeTrackingCode(value: string): string | null {
  const bare = value.toUpperCase().replace(/[^A-Z0-9]/g, '')
  // The prefix is dropped only when present: a bare code may itself start with "PA".
  const code = PREFIX + (bare.length === LENGTH + 2 && bare.startsWith('PA') ? bare.slice(2) : bare)
  return SHAPE.test(code) ? code : null
}
