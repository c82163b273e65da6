import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import { FEEDBACK_ANSWERS_TAG } from '@/cms/cacheTags'
import { publishedAnswers } from '@/feedback/answers'
import { getPayloadClient } from './payload'

/** The public Q&A, cached until an officer publishes, changes or withdraws an answer. */
export const listPublishedAnswers = cache((locale: Locale, page: number) =>
  unstable_cache(async () => publishedAnswers(await getPayloadClient(), locale, page), ['feedback', 'answers', locale, String(page)], {
    tags: [FEEDBACK_ANSWERS_TAG, 'procedures'],
  })(),
)
