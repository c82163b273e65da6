/** Cache tag names, shared by the revalidation hooks (writers) and the page queries (readers). */
export const tags = {
  procedures: () => 'procedures',
  procedure: (slug: string) => `procedure:${slug}`,
} as const
