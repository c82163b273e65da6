/** A relationship's document when it was populated (depth ≥ 1 and readable), otherwise null. */
export function populated<T extends object>(value: string | number | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}
