import type { Payload, Where } from 'payload'

import { releaseStatements } from '@/cms/releaseStatements'
import { SEARCH_INDEX_VERSION, searchFields } from './indexDocument'
import { publicRule, SEARCH_INDEX_SLUG, SEARCH_TYPES, type SearchType } from './sources'

const BATCH = 100

/** The public documents of a collection: published ones, those its rule says (the Q&A), or all. */
function publishedOnly(payload: Payload, type: SearchType): Where {
  if (payload.collections[type].config.versions?.drafts) return { _status: { equals: 'published' } }
  return publicRule(type)?.where ?? {}
}

/**
 * Rebuilds the search index from scratch: empties it, then indexes every published document the way
 * the publishing hooks do (the same searchFields). `npm run search:rebuild` runs it.
 */
export async function rebuildSearchIndex(payload: Payload, log: (line: string) => void = () => {}) {
  await payload.delete({ collection: SEARCH_INDEX_SLUG, where: { id: { exists: true } }, depth: 0 })
  let indexed = 0
  for (const type of SEARCH_TYPES) {
    const where = publishedOnly(payload, type)
    let count = 0
    for (let page = 1; ; page++) {
      const rule = publicRule(type)
      const { docs, hasNextPage } = await payload.find({
        collection: type,
        where,
        ...(rule ? {} : { select: { title: true } }),
        depth: 0,
        limit: BATCH,
        page,
      })
      for (const doc of docs) {
        if (rule && !rule.is(doc)) continue
        const fields = await searchFields(payload, type, String(doc.id))
        await payload.create({
          collection: SEARCH_INDEX_SLUG,
          data: { ...fields, doc: { relationTo: type, value: doc.id } } as never,
          depth: 0,
        })
        await releaseStatements()
        count++
      }
      if (!hasNextPage) break
    }
    log(`${type}: ${count}`)
    indexed += count
  }
  return { indexed }
}

/**
 * Rebuilds the index when its entries were made by an older version of the search (their fields
 * meant something else), or fills it when it is empty but public content exists: a database from
 * before the search existed, or one restored without it. Runs with every migrate (build, start, seed).
 */
export async function refreshSearchIndex(payload: Payload, log: (line: string) => void = () => {}) {
  const outdated = await payload.count({
    collection: SEARCH_INDEX_SLUG,
    where: { or: [{ version: { not_equals: SEARCH_INDEX_VERSION } }, { version: { exists: false } }] },
  })
  if (outdated.totalDocs > 0) {
    log(`search: ${outdated.totalDocs} entries come from an older version of the search, rebuilding the index`)
    await rebuildSearchIndex(payload, log)
    return
  }
  if ((await payload.count({ collection: SEARCH_INDEX_SLUG })).totalDocs > 0) return
  for (const type of SEARCH_TYPES) {
    if ((await payload.count({ collection: type, where: publishedOnly(payload, type) })).totalDocs > 0) {
      log('search: the index is empty, rebuilding it')
      await rebuildSearchIndex(payload, log)
      return
    }
  }
}
