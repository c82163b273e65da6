/**
 * Typing slips between two folded words: one letter added, dropped, changed, or two neighbours
 * swapped (Damerau–Levenshtein distance).
 */

/** Whether b is a at most one slip away (and not a itself). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.length - short.length > 1) return false
  let start = 0
  while (start < short.length && short[start] === long[start]) start++
  if (short.length === long.length) {
    if (short.slice(start + 1) === long.slice(start + 1)) return true // one letter changed
    // Two neighbours swapped.
    return short[start] === long[start + 1] && short[start + 1] === long[start] && short.slice(start + 2) === long.slice(start + 2)
  }
  return short.slice(start) === long.slice(start + 1) // one letter added or dropped
}

/** Rows of the table below, reused: the vocabulary is walked word by word for "did you mean". */
let rows = [new Int32Array(66), new Int32Array(66), new Int32Array(66)]

/** The number of slips from a to b, or max + 1 once it is over max (optimal string alignment). */
export function slips(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (b.length + 1 > rows[0].length) rows = rows.map(() => new Int32Array(b.length + 1))
  let [before, previous, row] = rows
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1)
      row[j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    ;[before, previous, row] = [previous, row, before]
  }
  return Math.min(previous[b.length], max + 1)
}
