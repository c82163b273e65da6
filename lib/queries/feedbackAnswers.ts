import { FEEDBACK_ANSWERS_TAG } from '@/cms/cacheTags'
import { ANSWER_POPULATE, publishedAnswers } from '@/feedback/answers'
import type { Locale } from '@/i18n/routing'

import { cachedQuery } from './cached'

/** The public Q&A, a page at a time (or one answer), cached until an officer publishes, changes or withdraws an answer. */
export const listPublishedAnswers = cachedQuery(
  'feedback:answers',
  { populate: ANSWER_POPULATE, also: [FEEDBACK_ANSWERS_TAG] },
  (payload, locale: Locale, page: number, only?: string) => publishedAnswers(payload, locale, page, only),
)
