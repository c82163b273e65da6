/**
 * The k-th largest of the first `count` numbers of `values`, in linear time (Hoare's selection), without
 * sorting: ranking needs only the threshold of its best few hundred among tens of thousands of scores.
 * Works on `scratch` (a copy), which it reorders; `values` is left as it is.
 */
export function kthLargest(values: Float64Array, count: number, k: number, scratch: Float64Array): number {
  if (k < 1 || k > count) throw new RangeError(`kthLargest: k = ${k} of ${count}`)
  scratch.set(values.subarray(0, count))
  // The (count - k)-th smallest, 0-based.
  const target = count - k
  let low = 0
  let high = count - 1
  while (low < high) {
    // Median of three: no quadratic case on sorted or equal scores.
    const middle = (low + high) >> 1
    const a = scratch[low]
    const b = scratch[middle]
    const c = scratch[high]
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b
    let i = low
    let j = high
    while (i <= j) {
      while (scratch[i] < pivot) i++
      while (scratch[j] > pivot) j--
      if (i <= j) {
        const swap = scratch[i]
        scratch[i++] = scratch[j]
        scratch[j--] = swap
      }
    }
    if (target <= j) high = j
    else if (target >= i) low = i
    else break
  }
  return scratch[target]
}
