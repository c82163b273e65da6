import { checkHealth, healthResponse, logHealthFailure, UNREACHABLE } from '@/lib/health'
import { getPayloadClient } from '@/lib/queries/payload'
import { warmSearchMemory } from '@/search/memory'
// Registers the search's warm-up after the index's first load (search/query.ts warmSearch).
import '@/search/query'

export const dynamic = 'force-dynamic'

/**
 * For load balancers and monitoring: 200 when the database answers and its schema is current, else 503.
 * The server asks it once at start (scripts/server.mjs), which starts loading the search index (and warming its search).
 */
export async function GET() {
  try {
    const payload = await getPayloadClient()
    const health = await checkHealth(payload)
    if (health.status === 'ok') warmSearchMemory(payload)
    return healthResponse(health)
  } catch (error) {
    // Payload did not start (its database could not be opened or migrated).
    logHealthFailure('Payload did not start', error)
    return healthResponse(UNREACHABLE)
  }
}
