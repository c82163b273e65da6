import type { Endpoint, PayloadRequest } from 'payload'

import { refuseSearch } from '@/guards/searches'
import { isLocale, routing } from '@/i18n/routing'
import { runSearch, type SearchParams } from './query'
import { recordSearch } from './queryLog'
import { isSearchType, SEARCH_TYPES } from './sources'

export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 500
const MAX_LIMIT = 50

type Parsed = { params: SearchParams } | { errors: { field: string; message: string }[] }

const positiveInt = (value: string | null, max: number) => {
  if (value === null || value === '') return undefined
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN
  return number >= 1 && number <= max ? number : null
}

/** Validates the query string of /api/search; every problem is reported, none is guessed around. */
export function parseSearchParams(search: URLSearchParams): Parsed {
  const errors: { field: string; message: string }[] = []
  const q = search.get('q')
  if (q === null) errors.push({ field: 'q', message: 'q is required: the words to search for' })
  else if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: `q is too long: at most ${MAX_QUERY_LENGTH} characters` })
  const type = search.get('type') || null
  if (type !== null && !isSearchType(type)) errors.push({ field: 'type', message: `type must be one of: ${SEARCH_TYPES.join(', ')}` })
  const page = positiveInt(search.get('page'), MAX_PAGE)
  if (page === null) errors.push({ field: 'page', message: `page must be a whole number from 1 to ${MAX_PAGE}` })
  const limit = positiveInt(search.get('limit'), MAX_LIMIT)
  if (limit === null) errors.push({ field: 'limit', message: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  const locale = search.get('locale') || routing.defaultLocale
  if (!isLocale(locale)) errors.push({ field: 'locale', message: `locale must be one of: ${routing.locales.join(', ')}` })
  if (errors.length) return { errors }
  return {
    params: { q: q!, type: type as SearchParams['type'], page: page ?? 1, limit: limit ?? 10, locale: locale as SearchParams['locale'] },
  }
}

/**
 * GET /api/search?q=&type=&page=&limit=&locale= — the public search as JSON, shaped like Payload's
 * lists. Bad parameters answer 400 with the reason for each; over LIMITS.search per address, 429.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const refused = await refuseSearch(req.headers, 'json')
    if (refused) return refused
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    if ('errors' in parsed) return Response.json({ errors: parsed.errors }, { status: 400 })
    const result = await runSearch(req.payload, parsed.params)
    if (parsed.params.page === 1 && !parsed.params.type && !result.indexing)
      recordSearch(req.payload, parsed.params.q, parsed.params.locale, result.totalDocs)
    // An answer from part of the index (just after a start) is not kept by any cache.
    return Response.json(result, { headers: { 'Cache-Control': result.indexing ? 'no-store' : 'public, max-age=10' } })
  },
}
