import { redirectRules } from '@/lib/redirects'
import { logger } from '@/scripts/log.mjs'

/**
 * The redirects table the proxy reads (guards/redirects.ts), at most once a second per instance. Public
 * like the redirects themselves (each answers anyone who asks for its old address): targets that are
 * drafts are never listed. Served from the data cache, so asking costs no query.
 */
export async function GET() {
  try {
    return Response.json({ rules: await redirectRules() }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    logger().error(`redirects table unavailable: ${(error as Error).message}`)
    return Response.json({ error: 'The redirects table is unavailable.' }, { status: 503 })
  }
}
