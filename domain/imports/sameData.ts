const empty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/**
 * Whether a saved document already holds what an import would write: only the keys the import writes
 * are compared (recursively; row ids ignored), so fields an editor added in the admin do not count as a
 * change. Empty, null and missing are the same; a related document equals its id.
 */
export function holdsAlready(wanted: unknown, saved: unknown): boolean {
  if (empty(wanted)) return empty(saved)
  if (Array.isArray(wanted)) {
    return Array.isArray(saved) && saved.length === wanted.length && wanted.every((item, index) => holdsAlready(item, saved[index]))
  }
  if (typeof wanted === 'object') {
    if (!saved || typeof saved !== 'object') return false
    return Object.entries(wanted as Record<string, unknown>).every(([key, value]) =>
      holdsAlready(value, (saved as Record<string, unknown>)[key]),
    )
  }
  return String(wanted) === String(idOf(saved))
}
