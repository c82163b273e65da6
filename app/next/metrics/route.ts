import { jsonError } from '@/guards/requestChecks'
import { mayReadMetrics, metricsText } from '@/lib/metrics'
import { getPayloadClient } from '@/lib/queries/payload'

export const dynamic = 'force-dynamic'

/**
 * For Prometheus: requests and their durations per route group, the page cache's hits, searches,
 * feedback submissions, failed sign-ins, jobs waiting and failed, database and Redis health
 * (lib/metrics.ts). Read from this machine (not through the proxy) or with `Authorization: Bearer
 * <METRICS_TOKEN>`; 403 otherwise. One app instance's own figures: scrape each instance.
 */
export async function GET(request: Request) {
  if (!mayReadMetrics(request.headers)) {
    return jsonError(403, 'Metrics are read from this machine or with METRICS_TOKEN.', { 'Cache-Control': 'no-store' })
  }
  const { text, contentType } = await metricsText(await getPayloadClient())
  return new Response(text, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } })
}
