import type { ListPagesTable } from '@/domain/listPage'
import { listPagesTable } from '@/lib/listPages'
import { logger } from '@/scripts/log.mjs'

/** How long one reading of the table is served again: repeated asks (the proxy's, or anyone's) cost one reading. */
const REUSE_MS = 5000

let last: { table: Promise<ListPagesTable>; at: number } | null = null

/**
 * The page count of every static list, whole and per filter value (lib/listPages.ts), which the proxy
 * reads every few seconds (guards/staticLists.ts) to know which list pages may be static pages.
 * What it tells (how many pages of published content there are) is public, and nginx keeps it inside.
 */
export async function GET() {
  if (!last || Date.now() - last.at > REUSE_MS) last = { table: listPagesTable(), at: Date.now() }
  const reading = last
  try {
    return Response.json({ lists: await reading.table }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (last === reading) last = null
    logger().error(`list pages table unavailable: ${(error as Error).message}`)
    return Response.json({ error: 'The list pages table is unavailable.' }, { status: 503 })
  }
}
