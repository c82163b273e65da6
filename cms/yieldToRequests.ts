import { setTimeout } from 'node:timers/promises'

import { requestsInFlight } from '@/scripts/requests-in-flight.mjs'

import { releaseStatements } from './releaseStatements'

/** How long a slice of background work waits for the requests in flight at most: it keeps half the time under a steady stream of them. */
const MAX_WAIT_MS = 20
const STEP_MS = 2

/**
 * Between two slices of work run in the background (the search index's load, the table of list pages):
 * a turn of the event loop (releaseStatements), then a wait while the server answers requests,
 * MAX_WAIT_MS at most. SQLite answers synchronously, so each slice holds the process; without this, a
 * page rendered meanwhile waits for a slice at each of its own reads (a search page 3 s after a start
 * took 150-250 ms more while the index loaded).
 */
export async function yieldToRequests(maxWaitMs = MAX_WAIT_MS): Promise<void> {
  await releaseStatements()
  const until = Date.now() + maxWaitMs
  while (requestsInFlight() > 0 && Date.now() < until) await setTimeout(STEP_MS)
}
