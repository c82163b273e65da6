import type { Feedback } from '@/payload-types'
import { plainText } from '@/domain/plainText'

/** The statuses under which an answer stands: shown to the citizen, publishable in the Q&A. */
export const ANSWERED_STATUSES: Feedback['status'][] = ['answered', 'closed']

export const hasAnsweredStatus = (item?: Partial<Feedback> | null) => ANSWERED_STATUSES.includes(item?.status as Feedback['status'])

/** Answered, with an answer that has some text in it. */
export const isAnswered = (item?: Partial<Feedback> | null) => hasAnsweredStatus(item) && Boolean(plainText(item?.answer).trim())
