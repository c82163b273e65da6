import { describe, expect, it } from 'vitest'

import { addMonths, addWorkingDays, deadlineState, vietnamDay, workingDaysLeft } from '@/domain/workingDays'

const at = (iso: string) => new Date(iso)
const holidays = new Set(['2026-04-30', '2026-05-01', '2026-09-02'])

describe('feedback deadlines in working days', () => {
  it('count from the working day after receipt and end at the close of the last day, Vietnam time', () => {
    // Monday 2026-11-02, 10 working days → Monday 2026-11-16, 23:59:59.999 +07.
    expect(addWorkingDays(at('2026-11-02T09:00:00+07:00'), 10, new Set()).toISOString()).toBe('2026-11-16T16:59:59.999Z')
  })

  it('skip the weekend: received on a Friday evening, 1 working day is the Monday', () => {
    expect(vietnamDay(addWorkingDays(at('2026-11-06T22:30:00+07:00'), 1, new Set()))).toBe('2026-11-09')
  })

  it('received on a Saturday: the count starts on Monday', () => {
    expect(vietnamDay(addWorkingDays(at('2026-11-07T08:00:00+07:00'), 1, new Set()))).toBe('2026-11-09')
  })

  it('a message sent at 23:30 on Sunday in Vietnam is 16:30 UTC: still Sunday there', () => {
    expect(vietnamDay(addWorkingDays(at('2026-11-08T16:30:00Z'), 1, new Set()))).toBe('2026-11-09')
  })

  it('skip public holidays: 30/4 and 1/5 (Thursday and Friday), then the weekend', () => {
    // Wednesday 29/4: day 1 is Monday 4/5.
    expect(vietnamDay(addWorkingDays(at('2026-04-29T10:00:00+07:00'), 1, holidays))).toBe('2026-05-04')
    expect(vietnamDay(addWorkingDays(at('2026-04-29T10:00:00+07:00'), 1, new Set()))).toBe('2026-04-30')
  })

  it('say how many working days are left, and when it is late', () => {
    const due = addWorkingDays(at('2026-11-02T09:00:00+07:00'), 10, new Set())
    expect(workingDaysLeft(due, at('2026-11-13T10:00:00+07:00'), new Set())).toBe(1)
    expect(workingDaysLeft(due, at('2026-11-16T10:00:00+07:00'), new Set())).toBe(0)
    expect(deadlineState(due, at('2026-11-16T23:00:00+07:00'), new Set())).toBe('due-soon')
    expect(deadlineState(due, at('2026-11-17T00:00:01+07:00'), new Set())).toBe('overdue')
    expect(workingDaysLeft(due, at('2026-11-18T08:00:00+07:00'), new Set())).toBe(-2)
    expect(deadlineState(due, at('2026-11-04T10:00:00+07:00'), new Set())).toBe('on-time')
  })
})

describe('review dates', () => {
  it('fall the same day some months later, or on the last day of a shorter month', () => {
    expect(addMonths(at('2025-12-01T00:00:00Z'), 12).toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(addMonths(at('2026-01-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z')
  })
})
