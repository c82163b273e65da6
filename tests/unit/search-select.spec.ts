import { describe, expect, it } from 'vitest'

import { kthLargest } from '@/search/select'

const sortedDown = (values: number[]) => [...values].sort((a, b) => b - a)

describe('kthLargest', () => {
  it('finds the k-th largest as a full sort would, on random, sorted, reversed and equal scores', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10
    const lists = [
      Array.from({ length: 5000 }, random),
      Array.from({ length: 5000 }, (_, i) => i / 7),
      Array.from({ length: 5000 }, (_, i) => 5000 - i),
      Array.from({ length: 5000 }, () => 1.5),
      Array.from({ length: 5000 }, (_, i) => Math.round(random()) + (i % 3)),
    ]
    for (const list of lists) {
      const values = Float64Array.from(list)
      const scratch = new Float64Array(values.length)
      for (const k of [1, 2, 10, 200, 300, 4999, 5000]) expect(kthLargest(values, values.length, k, scratch)).toBe(sortedDown(list)[k - 1])
      // The input is left as it was.
      expect([...values]).toEqual(list)
    }
  })

  it('reads only the first `count` values', () => {
    const values = Float64Array.from([3, 1, 2, 100, 200])
    expect(kthLargest(values, 3, 1, new Float64Array(5))).toBe(3)
    expect(kthLargest(values, 3, 3, new Float64Array(5))).toBe(1)
  })

  it('refuses a k outside 1…count', () => {
    expect(() => kthLargest(new Float64Array(3), 3, 0, new Float64Array(3))).toThrow(RangeError)
    expect(() => kthLargest(new Float64Array(3), 3, 4, new Float64Array(3))).toThrow(RangeError)
  })
})
