/** True when a localized value is missing: null, empty string or empty array. */
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Fields shown in the default language because the requested language has no value:
 * `translated` was read with `fallbackLocale: false`, `shown` with fallback.
 */
export function fallbackFields<T extends object, K extends keyof T & string>(
  shown: T,
  translated: { [P in K]?: unknown } | null | undefined,
  fields: readonly K[],
): K[] {
  return fields.filter((field) => isEmpty(translated?.[field]) && !isEmpty(shown[field]))
}

/** `lang` for the part of an English page that shows a field in Vietnamese (screen readers, translators). */
export const fallbackLang =
  (fallbacks: readonly string[]) =>
  (field: string): 'vi' | undefined =>
    fallbacks.includes(field) ? 'vi' : undefined
