import crypto from 'node:crypto'

import { siteUrl } from '@/domain/siteUrl'

/** A request body declared no larger than `max` bytes (a missing Content-Length counts as too large). */
export function bodyWithin(headers: Headers, max: number): boolean {
  const length = Number(headers.get('content-length') ?? NaN)
  return length <= max
}

/**
 * A form post from the site's own pages: no Origin header (older browsers) passes; an Origin whose
 * host is neither this request's host, the forwarded host nor SITE_URL's does not.
 */
export function fromThisSite(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (!origin) return true
  try {
    const { host } = new URL(origin)
    const hosts = [headers.get('host'), headers.get('x-forwarded-host')?.split(',')[0]?.trim(), new URL(siteUrl()).host]
    return hosts.includes(host)
  } catch {
    return false
  }
}

/** A JSON error in Payload's shape ({errors: [{message}]}), for answers given before Payload runs. */
export const jsonError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

/** The body's bytes when there are at most `max`; null as soon as there are more (the rest is never read). */
export async function readAtMost(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
}

const isJson = (bytes: Uint8Array) => {
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'))
    return true
  } catch {
    return false
  }
}

/**
 * A request body within `max` bytes, checked before anything reads it: a declared Content-Length over
 * the limit is refused at once (413); a body without one (chunked) is read up to the limit and refused
 * beyond it. JSON, form-urlencoded and multipart (which must declare its length: 411) pass; text/plain
 * or no type passes as JSON when it is JSON (fetch's default for a string body), else 415; other types 415.
 * Returns the request to hand on (rebuilt around the bytes read) or the refusal.
 */
export async function withinBodyLimit(request: Request, max: number): Promise<Request | Response> {
  const declared = request.headers.get('content-length')
  const length = declared === null ? null : Number(declared)
  if (length !== null && !(Number.isSafeInteger(length) && length >= 0)) return jsonError(400, 'Invalid Content-Length')
  if (length !== null && length > max) return jsonError(413, `The body is too large: at most ${max} bytes`)
  if (length === 0 || !request.body) return request
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'multipart/form-data') {
    return length === null ? jsonError(411, 'A multipart body needs a Content-Length') : request
  }
  const known = type === 'application/json' || type === 'application/x-www-form-urlencoded'
  if (!known && type !== 'text/plain' && type !== '') {
    return jsonError(415, `Unsupported Content-Type "${type}": send application/json`)
  }
  const bytes = await readAtMost(request.body, max)
  if (!bytes) return jsonError(413, `The body is too large: at most ${max} bytes`)
  const headers = new Headers(request.headers)
  headers.set('content-length', String(bytes.byteLength))
  // No body after all (a DELETE or a restore sent without Content-Length): nothing to check.
  if (bytes.byteLength === 0) return new Request(request.url, { method: request.method, headers, signal: request.signal })
  if (!known) {
    if (!isJson(bytes)) return jsonError(415, 'The body must be JSON, sent as application/json')
    headers.set('content-type', 'application/json')
  }
  return new Request(request.url, { method: request.method, headers, body: bytes as BodyInit, signal: request.signal })
}

/** Whether a secret a request gave is the expected one, in a time that does not tell how much of it matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
