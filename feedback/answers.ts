import type { Payload } from 'payload'

import type { Locale } from '@/i18n/routing'
import type { Feedback } from '@/payload-types'
import type { ListPage } from '@/domain/listPage'
import { ANSWERED_STATUSES } from './answered'

export const ANSWERS_PAGE_SIZE = 20

/** What an answer shows of its procedure (the cached Q&A is expired by a change to procedures). */
export const ANSWER_POPULATE = { procedures: { name: true, slug: true } } as const

export type PublicAnswer = Pick<Feedback, 'id' | 'publicQuestion' | 'answer' | 'answeredAt'> & {
  procedure: { name: string; slug?: string | null } | null
}

/**
 * The public Q&A: answered feedback an officer chose to publish, reduced to the question as rewritten
 * without personal data and the answer, newest first, a page at a time (or the one answer `only`, as a
 * search result links to it). The citizen's subject, message, name and contact never leave.
 */
export async function publishedAnswers(payload: Payload, locale: Locale = 'vi', page = 1, only?: string): Promise<ListPage<PublicAnswer>> {
  const { docs, totalDocs, totalPages } = await payload.find({
    collection: 'feedback',
    where: {
      and: [{ publishAnswer: { equals: true } }, { status: { in: ANSWERED_STATUSES } }, ...(only ? [{ id: { equals: only } }] : [])],
    },
    select: { publicQuestion: true, answer: true, answeredAt: true, procedure: true },
    populate: ANSWER_POPULATE,
    sort: '-answeredAt',
    limit: ANSWERS_PAGE_SIZE,
    page,
    depth: 1,
    locale,
    overrideAccess: true,
  })
  const items = docs.map((doc) => ({
    id: doc.id,
    publicQuestion: doc.publicQuestion,
    answer: doc.answer,
    answeredAt: doc.answeredAt,
    procedure: doc.procedure && typeof doc.procedure === 'object' ? { name: doc.procedure.name ?? '', slug: doc.procedure.slug } : null,
  }))
  return { items, page, totalPages, total: totalDocs }
}
