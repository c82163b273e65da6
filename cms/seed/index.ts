import type { Payload } from 'payload'

import { migrations } from '../../migrations'
import { type AdminLogin, seedAdmin } from './admin'
import { inLocale, withRowIds } from './localized'
import { seedProcedures } from './procedures'

export type SeedReport = { admin: AdminLogin | null; created: Record<string, number> }

/** Brings an empty or outdated embedded database to the committed schema (MongoDB needs no migrations). */
export async function migrateDatabase(payload: Payload) {
  // The generated migrations are typed for db-sqlite; payload's generic Migration type takes `unknown` args.
  if (payload.db.packageName === '@payloadcms/db-sqlite') await payload.db.migrate({ migrations: migrations as never })
}

const context = { disableRevalidate: true }

/** Creates each demo procedure once (by code), in Vietnamese, then adds its English translation. */
async function seedProcedureDocs(payload: Payload): Promise<number> {
  let created = 0
  for (const procedure of seedProcedures) {
    const { totalDocs } = await payload.count({ collection: 'procedures', where: { code: { equals: procedure.code } } })
    if (totalDocs > 0) continue
    const doc = await payload.create({
      collection: 'procedures',
      locale: 'vi',
      data: { ...(inLocale(procedure, 'vi') as object), _status: 'published' } as never,
      context,
    })
    await payload.update({
      collection: 'procedures',
      id: doc.id,
      locale: 'en',
      data: { ...(withRowIds(inLocale(procedure, 'en'), doc, new Set(['steps'])) as object), _status: 'published' } as never,
      context,
    })
    created++
  }
  return created
}

/** Migrates, then fills the database with demo content. Running it again changes nothing. */
export async function seed(payload: Payload): Promise<SeedReport> {
  await migrateDatabase(payload)
  const admin = await seedAdmin(payload)
  const procedures = await seedProcedureDocs(payload)
  return { admin, created: { procedures } }
}
