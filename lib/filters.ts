import type { ListPage } from '@/domain/listPage'

/** Search parameters of a list page, as Next passes them. */
export type SearchParams = Record<string, string | string[] | undefined>

/** Longest parameter value a filter reads (option values and page numbers are far shorter). */
const MAX_PARAM_LENGTH = 200

/** Whether a list can filter by a value: what `param` reads back unchanged (no space around it, not too long). */
export const filterableValue = (value: string) => value !== '' && value === value.trim() && value.length <= MAX_PARAM_LENGTH

/** The first value of a search parameter, trimmed and bounded; empty when absent. Unknown and repeated parameters are never read. */
export const param = (params: SearchParams, name: string): string => {
  const value = params[name]
  return (Array.isArray(value) ? value[0] : value)?.slice(0, MAX_PARAM_LENGTH).trim() ?? ''
}

export type FilterOption = { value: string; label: string }

/** Distinct options from a list, sorted the way a reader of the locale expects. */
export function distinctOptions<T>(items: T[], pick: (item: T) => FilterOption | FilterOption[] | null, locale: string) {
  const options = new Map<string, string>()
  for (const item of items) {
    const picked = pick(item)
    for (const option of Array.isArray(picked) ? picked : picked ? [picked] : []) {
      if (option.value) options.set(option.value, option.label)
    }
  }
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, locale))
}

/** Highest page number a list reads from `?trang=`: beyond it a list is empty, never an error. */
const MAX_PAGE = 10_000

/** The page number of a paged list (`?trang=N`): 1 when absent or not a positive number. */
export const pageParam = (params: SearchParams): number => {
  const requested = Number.parseInt(param(params, 'trang') || '1', 10)
  return Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PAGE) : 1
}

/**
 * Whether every chosen filter value is one the list offers (filter → values). A value it does not
 * offer matches nothing: the list shows no results without asking the database, so made-up values
 * leave nothing in Next's data cache.
 */
export const allOffered = (chosen: Record<string, string>, offered: Record<string, string[]>) =>
  Object.entries(chosen).every(([name, value]) => !value || offered[name]?.includes(value))

/** The empty first page of a list whose filters match nothing. */
export const noResults = <T>(): ListPage<T> => ({ items: [], page: 1, totalPages: 0, total: 0 })
