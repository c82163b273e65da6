/**
 * Checks on every /api request before Payload reads it: bounded bodies (413/411/415 instead of
 * unbounded buffering or a 500) and, for anonymous reads, bounded work (depth, limit, query size).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { MAX_UPLOAD_BYTES } from '../../../collections/Media'
import { jsonError, withinBodyLimit } from '../../../cms/requestChecks'

/** JSON for anonymous callers (login, feedback, search): far above any real form. */
export const ANONYMOUS_BODY_MAX = 64 * 1024
/** A whole document saved from the admin (long rich text in one locale). */
export const STAFF_BODY_MAX = 4 * 1024 * 1024
/** An upload: the file plus multipart boundaries, part headers and the `_payload` document. */
export const UPLOAD_BODY_MAX = MAX_UPLOAD_BYTES + 1024 * 1024

/** Anonymous reads: at most this deep, this many documents, this long a query string. */
export const ANONYMOUS_READ = { depth: 2, limit: 100, queryBytes: 4096 }

const hasCredentials = (headers: Headers) =>
  headers.has('authorization') || /(?:^|;)\s*payload-token=/.test(headers.get('cookie') ?? '')

/** Signed in for real: credentials alone (maybe forged) only buy the larger body limit, never uncapped reads. */
async function signedIn(headers: Headers): Promise<boolean> {
  if (!hasCredentials(headers)) return false
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
  return Boolean(user)
}

async function uploadCollections(): Promise<string[]> {
  return (await config).collections.filter((collection) => collection.upload).map((collection) => collection.slug)
}

const clamp = (value: string | null, max: number, whenZero: number) => {
  const number = Number.parseInt(value ?? '', 10)
  return String(Number.isNaN(number) || number < 0 ? 0 : number === 0 ? whenZero : Math.min(number, max))
}

/** The URL with depth, limit and join limits capped and pagination kept on (repeated parameters collapse to one). */
function cappedRead(url: URL): URL | Response {
  if (url.search.length > ANONYMOUS_READ.queryBytes) return jsonError(414, `The query string is too long: at most ${ANONYMOUS_READ.queryBytes} bytes`)
  const params = url.searchParams
  if (params.has('depth')) params.set('depth', clamp(params.get('depth'), ANONYMOUS_READ.depth, 0))
  if (params.has('limit')) params.set('limit', clamp(params.get('limit'), ANONYMOUS_READ.limit, ANONYMOUS_READ.limit))
  params.delete('pagination')
  for (const key of [...params.keys()]) {
    if (/^joins\[[^\]]*\]\[limit\]$/.test(key)) params.set(key, clamp(params.get(key), ANONYMOUS_READ.limit, ANONYMOUS_READ.limit))
  }
  return url
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The request to hand to Payload, or the answer that refuses it. */
export async function guardApi(request: Request, slug: string[]): Promise<Request | Response> {
  let checked = request
  if (WRITES.has(request.method)) {
    const credentials = hasCredentials(request.headers)
    const type = request.headers.get('content-type') ?? ''
    const upload = credentials && type.startsWith('multipart/') && (await uploadCollections()).includes(slug[0])
    const limited = await withinBodyLimit(request, upload ? UPLOAD_BODY_MAX : credentials ? STAFF_BODY_MAX : ANONYMOUS_BODY_MAX)
    if (limited instanceof Response) return limited
    checked = limited
  }
  const override = request.method === 'POST' && /^get$/i.test(request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override') ?? '')
  if (request.method !== 'GET' && !override) return checked
  if (await signedIn(request.headers)) return checked
  const url = new URL(checked.url)
  if (override) {
    // Payload turns a form-urlencoded body into the query string: cap it as one.
    const body = checked.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded') ? await checked.text() : ''
    if (body) url.search = url.search ? `${url.search}&${body}` : `?${body}`
  }
  const capped = cappedRead(url)
  if (capped instanceof Response) return capped
  const headers = new Headers(checked.headers)
  if (override) for (const name of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length']) headers.delete(name)
  return new Request(capped, { method: 'GET', headers, signal: request.signal })
}
