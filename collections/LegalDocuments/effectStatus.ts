import type { EffectStatus } from './vocabulary'

type Dates = { effectiveFrom?: string | null; effectiveUntil?: string | null }

/**
 * Legal effect from the dates: before `effectiveFrom`, not yet in effect; from `effectiveUntil`, expired.
 * "Partly expired" is never derived: an editor sets it.
 */
export function effectStatusFromDates({ effectiveFrom, effectiveUntil }: Dates, now = new Date()): EffectStatus {
  if (effectiveFrom && now < new Date(effectiveFrom)) return 'not-yet-effective'
  if (effectiveUntil && now >= new Date(effectiveUntil)) return 'expired'
  return 'effective'
}
