import { describe, expect, it, vi } from 'vitest'

import { MEMORY_ONLY_TAG } from '@/scripts/memory-only.mjs'

/** The tags each read is cached with, as the list queries hand them to Next's data cache. */
const cachedWith: string[][] = []
vi.mock('next/cache', () => ({
  unstable_cache: (_run: unknown, _key: unknown, options: { tags: string[] }) => {
    cachedWith.push(options.tags)
    return async () => null
  },
}))

const { countProcedures, getProcedurePage } = await import('@/lib/queries/procedures')
const { countLegalDocuments, getLegalDocumentPage } = await import('@/lib/queries/legalDocuments')

/** The tags of the one read `read` makes. */
async function tagsOf(read: () => Promise<unknown>): Promise<string[]> {
  cachedWith.length = 0
  await read()
  expect(cachedWith).toHaveLength(1)
  return cachedWith[0]
}

describe("the lists' reads per combination of filters (lib/queries, scripts/memory-only.mjs)", () => {
  it('are kept in memory only under two filters or more, on disk under one or none', async () => {
    const one = { field: 'Hộ tịch', level: '', online: '', agency: '' }
    const two = { ...one, agency: 'ubnd' }
    const documents = { type: 'quyet-dinh', issuer: '', year: '', status: '' }
    const reads = [
      [() => getProcedurePage('vi', one, 1), () => getProcedurePage('vi', two, 1)],
      [() => countProcedures('vi', one), () => countProcedures('en', two)],
      [() => getLegalDocumentPage('vi', documents, 2), () => getLegalDocumentPage('vi', { ...documents, year: '2024' }, 2)],
      [() => countLegalDocuments(documents), () => countLegalDocuments({ ...documents, status: 'effective' })],
    ]
    for (const [underOne, underTwo] of reads) {
      expect(await tagsOf(underOne)).not.toContain(MEMORY_ONLY_TAG)
      expect(await tagsOf(underTwo)).toContain(MEMORY_ONLY_TAG)
    }
  })
})
