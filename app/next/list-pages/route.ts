import type { ListPagesTable } from '@/domain/listPage'
import { listPagesTable } from '@/lib/listPages'
import { logger } from '@/scripts/log.mjs'

/** How long one reading of the table is served again: repeated asks (the proxy's, or anyone's) cost one reading. */
const REUSE_MS = 5000

let last: { table: Promise<ListPagesTable>; at: number; done: boolean } | null = null

/** The reading under way, or one that ended less than REUSE_MS ago; else a new one. */
function reading() {
  if (last && (!last.done || Date.now() - last.at <= REUSE_MS)) return last
  const started = { table: listPagesTable(), at: Date.now(), done: false }
  // Served again for REUSE_MS from when it ends: a reading can take longer than that after a publish.
  const end = () => Object.assign(started, { done: true, at: Date.now() })
  started.table.then(end, end)
  return (last = started)
}

/**
 * The page count of every static list, whole and per filter value (lib/listPages.ts), which the proxy
 * reads when its copy is older than a few seconds (guards/staticLists.ts) to know which list pages may be
 * static pages. What it tells (how many pages of published content there are) is public; nginx keeps it
 * inside all the same.
 */
export async function GET() {
  const current = reading()
  try {
    return Response.json({ lists: await current.table }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (last === current) last = null
    logger().error(`list pages table unavailable: ${(error as Error).message}`)
    return Response.json({ error: 'The list pages table is unavailable.' }, { status: 503 })
  }
}
