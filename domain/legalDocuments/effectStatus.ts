import type { EffectStatus } from './vocabulary'

type Dates = { effectiveFrom?: string | null; effectiveUntil?: string | null }

/**
 * Legal effect from the dates: before `effectiveFrom`, not yet in effect; from `effectiveUntil`, expired;
 * between, in effect. Unknown (null) when the dates are not known: the site never claims a document is
 * in force on a guess. "Partly expired" is never derived: an editor sets it.
 */
export function effectStatusFromDates({ effectiveFrom, effectiveUntil }: Dates, now = new Date()): EffectStatus | null {
  if (effectiveUntil && now >= new Date(effectiveUntil)) return 'expired'
  if (!effectiveFrom) return null
  if (now < new Date(effectiveFrom)) return 'not-yet-effective'
  return 'effective'
}
