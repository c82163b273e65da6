import type { Payload, TaskConfig } from 'payload'

import { ObjectStorageUnavailable, readUpload } from '@/cms/objectStorage'
import type { User } from '@/payload-types'
import { runImport } from './run'
import type { ImportKind } from './report'

/** The queue of imports, run by the app's own runner every few seconds (cms/payload.config.ts). */
export const IMPORT_QUEUE = 'imports'
export const IMPORT_TASK = 'importFile'

/** How often an import writes its progress to its document (the admin polls it). */
const PROGRESS_EVERY_MS = 1000

/**
 * Checks (dry run) or applies one uploaded import file as the editor who asked, writing progress and
 * then the report to the import's document. A failure of the database is recorded as such, and the
 * job retried by the queue; a file that cannot be read is a report, not a failure.
 */
export async function processImport(payload: Payload, id: string, apply: boolean) {
  const doc = await payload.findByID({ collection: 'imports', id, depth: 0 })
  const user = doc.requestedBy ? ((await payload.findByID({ collection: 'users', id: String(doc.requestedBy), depth: 0 })) as User) : null
  await payload.update({
    collection: 'imports',
    id,
    data: { status: apply ? 'applying' : 'checking', progress: { done: 0, total: null } },
    depth: 0,
  })
  let reportedAt = 0
  try {
    // From the bucket when uploads are on object storage (another instance may have received the file).
    const bytes = await readUpload(payload, 'imports', doc.filename!)
    const report = await runImport(payload, doc.kind as ImportKind, bytes, {
      dryRun: !apply,
      publish: Boolean(doc.publish),
      user,
      // Inside the server: no SQLite transaction beside the other requests (imports/transactions.ts).
      sqliteBatches: false,
      onProgress: async (done, total) => {
        if (Date.now() - reportedAt < PROGRESS_EVERY_MS && done < total) return
        reportedAt = Date.now()
        await payload.update({ collection: 'imports', id, data: { progress: { done, total } }, depth: 0 })
      },
    })
    const status = report.fileError ? 'unreadable' : apply ? 'applied' : 'checked'
    await payload.update({
      collection: 'imports',
      id,
      data: {
        status,
        report: report as never,
        progress: { done: report.total, total: report.total },
        ...(apply ? { appliedAt: new Date().toISOString() } : {}),
      },
      depth: 0,
    })
  } catch (error) {
    // A bucket that does not answer has logged its one line already (cms/objectStorage.ts).
    if (!(error instanceof ObjectStorageUnavailable)) payload.logger.error({ err: error, msg: `import ${id} failed` })
    await payload.update({ collection: 'imports', id, data: { status: 'failed', failure: (error as Error).message }, depth: 0 })
    throw error
  }
}

export const importTask: TaskConfig<{ input: { importId: string; apply: boolean }; output: object }> = {
  slug: IMPORT_TASK,
  label: 'Nhập dữ liệu từ tệp',
  inputSchema: [
    { name: 'importId', type: 'text', required: true },
    { name: 'apply', type: 'checkbox' },
  ],
  // Rows already applied are unchanged on a second run, so a retry after a failure is safe.
  retries: 2,
  handler: async ({ input, req }) => {
    await processImport(req.payload, input.importId, Boolean(input.apply))
    return { output: {} }
  },
}
