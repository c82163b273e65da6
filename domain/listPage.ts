/** One page of a list, with what a reader needs to page on and to know how many there are. */
export type ListPage<T> = { items: T[]; page: number; totalPages: number; total: number }
