import { describe, expect, it } from 'vitest'

import { lastUpdated } from '@/domain/lastUpdated'

describe('the public “Cập nhật lần cuối” date', () => {
  it('is the last save of the published text when the item was never reviewed (new or imported)', () => {
    expect(lastUpdated({ lastReviewedAt: null, updatedAt: '2026-03-02T08:00:00.000Z' })).toBe('2026-03-02T08:00:00.000Z')
  })

  it('is the review when it is the latest thing that happened to the page', () => {
    expect(lastUpdated({ lastReviewedAt: '2026-05-20T00:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z' })).toBe(
      '2026-05-20T00:00:00.000Z',
    )
  })

  it('is a change made after the last review: an old review does not hide it', () => {
    expect(lastUpdated({ lastReviewedAt: '2025-01-10T00:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z' })).toBe(
      '2026-03-02T08:00:00.000Z',
    )
  })

  it('is nothing without a valid date', () => {
    expect(lastUpdated({})).toBeNull()
    expect(lastUpdated({ lastReviewedAt: 'not a date', updatedAt: null })).toBeNull()
  })
})
