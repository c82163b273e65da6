import type { Locale } from '@/i18n/routing'

/** A seed value written in both languages. */
export type L = { vi: string; en?: string }
export const L = (vi: string, en?: string): L => ({ vi, en })

const isLocalized = (value: unknown): value is L =>
  typeof value === 'object' && value !== null && 'vi' in value && Object.keys(value).every((key) => key === 'vi' || key === 'en')

/** Replaces every `L` in seed data by its value in one locale (undefined when not translated). */
export function inLocale<T>(data: T, locale: Locale): unknown {
  if (isLocalized(data)) return data[locale]
  if (Array.isArray(data)) return data.map((item) => inLocale(item, locale))
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, inLocale(value, locale)]))
  }
  return data
}

/**
 * Copies the row ids of arrays from a saved document onto the same data in another locale,
 * so a translation updates the existing rows instead of replacing them. Localized arrays (`except`)
 * have rows of their own in each locale and keep none.
 */
export function withRowIds(data: unknown, saved: unknown, except: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(data) && Array.isArray(saved)) {
    return data.map((row, index) => {
      const savedRow = saved[index] as { id?: string } | undefined
      const merged = withRowIds(row, savedRow, except)
      return savedRow?.id && typeof merged === 'object' && merged !== null ? { ...merged, id: savedRow.id } : merged
    })
  }
  if (typeof data === 'object' && data !== null && typeof saved === 'object' && saved !== null) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [
        key,
        except.has(key) ? value : withRowIds(value, (saved as Record<string, unknown>)[key], except),
      ]),
    )
  }
  return data
}
