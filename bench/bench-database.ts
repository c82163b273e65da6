/*
 * Imported first by the benches that open a database (before Payload's config reads the environment):
 * they run on a database of their own, never the demo's data/cchc.db, so they never write into the
 * demo's login, uploads or secret (README: tests and benches never touch the demo's data).
 */
import path from 'node:path'

const url = process.env.DATABASE_URL?.trim()
const file = url?.startsWith('file:') ? path.resolve(url.slice('file:'.length)) : null
if (!file || file === path.resolve('data/cchc.db')) {
  console.error(
    `${path.basename(process.argv[1] ?? 'bench')}: set DATABASE_URL to a SQLite file of the bench's own (file:./data/bench-….db), not ${url || "the demo's data/cchc.db"}`,
  )
  process.exit(2)
}
// Not the demo's generated data/.payload-secret.
process.env.PAYLOAD_SECRET ||= 'bench-secret-not-for-production'
