/*
 * The audit trail's cost per write (issue 18): 200 news items created by a signed-in editor through the
 * Local API (each writes one audit entry in its hooks), then 200 audit entries written alone
 * (cms/audit/record.ts), on a database of the bench's own. Prints the time per write, per entry, and
 * the entry's share of a write.
 * Usage: DATABASE_URL=file:./data/bench-audit.db node scripts/run-ts.mjs bench/audit-cost.ts
 */
import './bench-database'
import { createLocalReq, getPayload } from 'payload'

import config from '@/cms/payload.config'
import { recordAudit } from '@/cms/audit/record'
import { releaseStatements } from '@/cms/releaseStatements'
import { sharedContext } from '@/cms/sharedContext'
import { richText } from '@/cms/seed/richText'
import { seed } from '@/cms/seed'

const N = 200
const payload = await getPayload({ config })
await seed(payload)
const editor = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs[0]
const user = { ...editor, collection: 'users' as const }
const context = sharedContext({ disableRevalidate: true })

const timed = async (run: (n: number) => Promise<unknown>) => {
  const started = performance.now()
  for (let n = 0; n < N; n++) {
    await run(n)
    await releaseStatements()
  }
  return (performance.now() - started) / N
}

// Warm-up: the first writes compile and cache what the next ones reuse.
await timed((n) =>
  payload.create({
    collection: 'news',
    data: { title: `Khởi động ${Date.now()} ${n}`, kind: 'news', body: richText(['x']), _status: 'published' } as never,
    user,
    context,
  }),
)
const write = await timed((n) =>
  payload.create({
    collection: 'news',
    data: {
      title: `Tin đo chi phí ${Date.now()} ${n}`,
      kind: 'news',
      excerpt: 'Đo.',
      body: richText(['Nội dung đo chi phí.']),
      _status: 'published',
    } as never,
    user,
    overrideAccess: false,
    context,
  }),
)
const req = await createLocalReq({ user: user as never }, payload)
const entry = await timed((n) => recordAudit(req, { action: 'update', target: 'news', documentId: String(n), title: `Tin ${n}` }))
console.info(`audit cost, ${N} each: a published news item created by an editor ${write.toFixed(1)} ms (one audit entry included);`)
console.info(`  an audit entry alone ${entry.toFixed(1)} ms = ${((100 * entry) / write).toFixed(0)}% of the write`)
await payload.destroy()
process.exit(0)
