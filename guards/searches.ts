import { localizedPath } from '@/i18n/routing'

import { type Answer, refusal } from './posts'
import { clientAddress, LIMITS, takeAttempt } from './rateLimit'

const SEARCH_PAGES = new Set(['vi', 'en'].map((locale) => localizedPath('/tim-kiem', locale as 'vi' | 'en')))

/** Whether a request is a search: the search page with a query, or /api/search. */
export const isSearch = (url: URL) => (SEARCH_PAGES.has(url.pathname) && url.searchParams.has('q')) || url.pathname === '/api/search'

/**
 * Counts a search against its address's limit (LIMITS.search); null while within it, otherwise the
 * 429 with Retry-After, as the bilingual page or as JSON. Each search does real work, unlike a cached
 * page, so one client sending hundreds a second is slowed here rather than stalling every reader.
 */
export async function refuseSearch(headers: Headers, answer: Answer): Promise<Response | null> {
  const wait = await takeAttempt(LIMITS.search, clientAddress(headers))
  return wait ? refusal(answer, answer === 'page' ? '429search' : '429', `Too many searches; try again in ${wait} s`, wait) : null
}
