import { FEEDBACK_ANSWERS_TAG } from '@/cms/cacheTags'
import { ANSWER_POPULATE, publishedAnswers } from '@/feedback/answers'

export { ANSWERS_PAGE_SIZE } from '@/feedback/answers'
import type { Locale } from '@/i18n/routing'

import { cachedQuery } from './cached'
import { getPayloadClient } from './payload'

/** The public Q&A, a page at a time, cached until an officer publishes, changes or withdraws an answer. */
export const listPublishedAnswers = cachedQuery(
  'feedback:answers',
  { populate: ANSWER_POPULATE, also: [FEEDBACK_ANSWERS_TAG] },
  (payload, locale: Locale, page: number) => publishedAnswers(payload, locale, page),
)

/**
 * One published answer, as a search result links to it (?cau-hoi=<id>): read each time, not cached, so
 * made-up ids cannot fill the cache; null when it is not (or no longer) published.
 */
export async function findPublishedAnswer(locale: Locale, id: string) {
  const { items } = await publishedAnswers(await getPayloadClient(), locale, 1, id)
  return items[0] ?? null
}
