import { setTimeout } from 'node:timers/promises'

import { requestsInFlight } from '@/scripts/requests-in-flight.mjs'

import { releaseStatements } from './releaseStatements'

/** How long background work waits for the requests in flight at most, each time. */
const MAX_WAIT_MS = 20
/** Work since the last turn below this is let go on without waiting (a read from a cache): only slices that held the process wait. */
const WORK_MS = 5
const STEP_MS = 2

type Pace = {
  /** Waits no longer than this. */
  maxWaitMs?: number
  /** Waits only after at least this much time since the last turn. */
  workMs?: number
  /** Waits only when this says so (false: a request is waiting for this very work). */
  mayWait?: () => boolean
}

/**
 * The turns of one run of background work (the search index's load, the table of list pages), awaited
 * between its slices: a turn of the event loop (releaseStatements) and, after a slice of WORK_MS or
 * more, a wait while the server answers requests, MAX_WAIT_MS at most. SQLite answers synchronously, so
 * each slice holds the process; without this a page rendered meanwhile waits for a slice at each of its
 * own reads (a search page 3 s after a start took 150-250 ms more while the index loaded).
 */
export function requestsFirst({ maxWaitMs = MAX_WAIT_MS, workMs = WORK_MS, mayWait = () => true }: Pace = {}) {
  let since = Date.now()
  return async function turn(): Promise<void> {
    const worked = Date.now() - since
    await releaseStatements()
    if (worked >= workMs && mayWait()) {
      const until = Date.now() + maxWaitMs
      while (requestsInFlight() > 0 && Date.now() < until) await setTimeout(STEP_MS)
    }
    since = Date.now()
  }
}
