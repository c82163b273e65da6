import type { ListPage } from '@/domain/listPage'

/**
 * Page `page` of a list that `read` reads a page at a time, each page an entry of Next's data cache. A
 * page past the last is not read: page 1 (the entry most readers use anyway) gives the count, and the
 * answer is that empty page, which the list redirects to its last one. So a made-up page number leaves
 * no entry in the data cache.
 */
export async function readPage<T>(read: (page: number) => Promise<ListPage<T>>, page: number): Promise<ListPage<T>> {
  const first = await read(1)
  if (page === 1) return first
  return page > Math.max(1, first.totalPages) ? { ...first, items: [], page } : read(page)
}
