import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { refreshSearchIndex } from '@/search/rebuild'

/**
 * Feedback received before deadlines existed gets one, from the day it was received (the collection's
 * hook computes it on save). Run after the last migration, with the whole schema in place: a data step
 * through the Local API inside an older migration would read columns that later ones add.
 */
async function fillFeedbackDueDates(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { dueAt: { exists: false } },
    pagination: false,
    depth: 0,
    select: { status: true },
  })
  for (const doc of docs)
    await payload.update({ collection: 'feedback', id: doc.id, data: {}, depth: 0, context: { disableRevalidate: true } })
}

/**
 * Brings an empty or outdated embedded database to the committed schema (MongoDB needs none), then
 * fills what older data lacks: feedback deadlines, and the search index if content exists without it.
 */
export async function migrateDatabase(payload: Payload) {
  // The generated migrations are typed for db-sqlite; payload's generic Migration type takes `unknown` args.
  if (payload.db.packageName === '@payloadcms/db-sqlite') await payload.db.migrate({ migrations: migrations as never })
  await fillFeedbackDueDates(payload)
  await refreshSearchIndex(payload, (line) => payload.logger.info(line))
}
