/**
 * The date a page gives as "Cập nhật lần cuối" (last updated): the later of its last review (when the
 * department checked it against the law and the facts) and the last save of its published text. The
 * published document's updatedAt moves only when what the public sees is saved (drafts and autosaves
 * are kept in its versions), so an item never reviewed, new or imported, shows when it was published
 * or last changed; and a review older than a later change does not make the page look unchanged since.
 */
export function lastUpdated(doc: { lastReviewedAt?: string | null; updatedAt?: string | null }): string | null {
  const dates = [doc.lastReviewedAt, doc.updatedAt].filter((date): date is string => Boolean(date) && !Number.isNaN(Date.parse(date!)))
  if (dates.length === 0) return null
  return dates.reduce((later, date) => (Date.parse(date) > Date.parse(later) ? date : later))
}
