import type { PopulateType } from 'payload'

/**
 * Cache tags, one rule for writers and readers: a change to a document expires its collection's tag
 * (every list and every page that reads or populates that collection) and its own page's tag; a cached
 * read carries the tag of every collection it reads or populates. So a page is expired by a change to
 * anything it displays, and neither side names the other's pages.
 */
export const tags = {
  collection: (collection: string) => collection,
  document: (collection: string, key: string) => `${collection}:${key}`,
  siteSettings: () => 'site-settings',
} as const

/** What a change to one document of `collection` expires (the revalidation hooks of every collection). */
export const writeTags =
  (collection: string) =>
  (doc: object): string[] => {
    const { slug } = doc as { slug?: string | null }
    return [tags.collection(collection), ...(slug ? [tags.document(collection, slug)] : [])]
  }

/** What a cached read depends on: the collection it reads, every collection it populates, and any named tags. */
export type Reads = { collection?: string; populate?: PopulateType; also?: string[] }

export const readTags = ({ collection, populate, also = [] }: Reads): string[] => [
  ...new Set([...(collection ? [tags.collection(collection)] : []), ...Object.keys(populate ?? {}).map(tags.collection), ...also]),
]

/**
 * The public Q&A of answered feedback. Feedback itself is private and changes with every submission;
 * only publishing, changing or withdrawing an answer expires this tag.
 */
export const FEEDBACK_ANSWERS_TAG = 'feedback-answers'
