/**
 * Checks on every /api request before Payload reads it: bounded bodies (413/411/415 instead of
 * unbounded buffering or a 500) and, for anonymous reads, bounded work (depth, limit, query size).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { MAX_UPLOAD_BYTES } from '@/collections/Media'
import { jsonError, withinBodyLimit } from '@/guards/requestChecks'

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

/** A number parameter within 1…max; anything else (0, negative, not a number: Payload's "no limit") becomes `otherwise`. */
const clamp = (value: string | null, max: number, otherwise: number) => {
  const number = Number.parseInt(value ?? '', 10)
  return String(Number.isNaN(number) || number <= 0 ? otherwise : Math.min(number, max))
}

/**
 * The parameter a key sets once Payload's query parser (qs) has read it: `limit[]=0` and `limit[0]=0`
 * set `limit` (as an array, which Payload reads as 0, "no limit"); `joins[x][limit][]` sets that join's limit.
 */
const CAPPED = /^(depth|limit|pagination|joins\[[^\]]*\]\[limit\])(?:\[|$)/

/** The URL with depth, limit and join limits capped and pagination kept on, whatever form the keys take. */
function cappedRead(url: URL): URL | Response {
  if (url.search.length > ANONYMOUS_READ.queryBytes) return jsonError(414, `The query string is too long: at most ${ANONYMOUS_READ.queryBytes} bytes`)
  const params = url.searchParams
  const given = new Map<string, string>()
  for (const [key, value] of [...params]) {
    const name = CAPPED.exec(key)?.[1]
    if (!name) continue
    if (!given.has(name)) given.set(name, value)
    params.delete(key)
  }
  for (const [name, value] of given) {
    if (name === 'depth') params.set(name, clamp(value, ANONYMOUS_READ.depth, 0))
    else if (name !== 'pagination') params.set(name, clamp(value, ANONYMOUS_READ.limit, ANONYMOUS_READ.limit))
  }
  return url
}

/**
 * Geometric operators: this site has no point field, and on SQLite Payload's query builder throws on
 * them (its stack in the log, then our 400): refused here first, for everyone.
 */
const GEO_OPERATOR = /\[(near|within|intersects)\](?:\[|$)/
const usesGeoOperator = (url: URL) => [...url.searchParams.keys()].some((key) => GEO_OPERATOR.test(key))
const geoRefusal = () => jsonError(400, 'The query could not be run: near, within and intersects apply to point fields, and there are none.')

/** Payload turns a POST into a read when either override header says GET. */
const overridesToGet = (headers: Headers) =>
  ['x-payload-http-method-override', 'x-http-method-override'].some((name) => /^get$/i.test(headers.get(name)?.trim() ?? ''))

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The request to hand to Payload, or the answer that refuses it. */
export async function guardApi(request: Request, slug: string[]): Promise<Request | Response> {
  let checked = request
  // Whether the caller is signed in for real (a verified session, not a made-up header): asked once.
  let staff: boolean | undefined
  const isStaff = async () => (staff ??= await signedIn(request.headers))
  if (WRITES.has(request.method)) {
    const type = request.headers.get('content-type') ?? ''
    const large = hasCredentials(request.headers) && (await isStaff())
    const upload = large && type.startsWith('multipart/') && (await uploadCollections()).includes(slug[0])
    const limited = await withinBodyLimit(request, upload ? UPLOAD_BODY_MAX : large ? STAFF_BODY_MAX : ANONYMOUS_BODY_MAX)
    if (limited instanceof Response) return limited
    checked = limited
  }
  if (usesGeoOperator(new URL(request.url))) return geoRefusal()
  const override = request.method === 'POST' && overridesToGet(request.headers)
  if (request.method !== 'GET' && !override) return checked
  if (await isStaff()) return checked
  const url = new URL(checked.url)
  if (override) {
    // Payload turns a form-urlencoded body into the query string: cap it as one.
    const body = checked.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded') ? await checked.text() : ''
    if (body) url.search = url.search ? `${url.search}&${body}` : `?${body}`
    if (usesGeoOperator(url)) return geoRefusal()
  }
  const capped = cappedRead(url)
  if (capped instanceof Response) return capped
  const headers = new Headers(checked.headers)
  if (override) for (const name of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length']) headers.delete(name)
  return new Request(capped, { method: 'GET', headers, signal: request.signal })
}
