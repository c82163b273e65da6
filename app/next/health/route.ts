import { checkHealth, healthResponse, logHealthFailure, UNREACHABLE } from '@/lib/health'
import { getPayloadClient } from '@/lib/queries/payload'

export const dynamic = 'force-dynamic'

/** For load balancers and monitoring: 200 when the database answers and its schema is current, else 503. */
export async function GET() {
  try {
    return healthResponse(await checkHealth(await getPayloadClient()))
  } catch (error) {
    // Payload did not start (its database could not be opened or migrated).
    logHealthFailure('Payload did not start', error)
    return healthResponse(UNREACHABLE)
  }
}
