/**
 * Cache tag names, shared by the revalidation hooks (writers) and the page queries (readers):
 * one tag per collection for its lists, one per document for its page.
 */
export const tags = {
  collection: (collection: string) => collection,
  document: (collection: string, key: string) => `${collection}:${key}`,
  siteSettings: () => 'site-settings',
} as const

/** Tags of a document with a slug: its own page and its collection's lists. */
export const slugTags =
  (collection: string) =>
  (doc: { slug?: string | null }): string[] => [
    tags.collection(collection),
    ...(doc.slug ? [tags.document(collection, doc.slug)] : []),
  ]

/** The public Q&A of answered feedback (never the feedback itself). */
export const FEEDBACK_ANSWERS_TAG = 'feedback-answers'
