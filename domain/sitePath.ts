/** Control characters (browsers drop tabs and newlines: "/\t/evil" becomes "//evil") and backslashes. */
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f\\]/
const BASE = 'http://site.invalid'

/**
 * A path of this site to redirect to, normalised (as the URL parser reads it, so the redirect means
 * what was checked), or null: it must start with one "/", hold no control characters or backslashes,
 * stay on the same origin, and not normalise to "//host" ("/.//evil.example" does), which a Location
 * header would send to another site.
 */
export function sitePath(path: unknown, maxLength = 2048): string | null {
  if (typeof path !== 'string' || path.length > maxLength || !path.startsWith('/') || path.startsWith('//') || UNSAFE_IN_PATH.test(path))
    return null
  try {
    const url = new URL(path, BASE)
    if (url.origin !== BASE || url.pathname.startsWith('//')) return null
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return null
  }
}
