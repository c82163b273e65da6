import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { recordAudit } from '@/cms/audit/record'
import { userHasRole } from './roles'

/**
 * The admin's "schedule publish / unpublish" (a server function that queues a job without asking
 * whether the user may publish): editors and administrators only. A contributor's scheduled job would
 * fail when it runs anyway; refusing here tells them at once.
 */
export const editorsSchedulePublishing: typeof schedulePublishHandler = async (args) => {
  if (!userHasRole(args.req.user as never, 'admin', 'editor')) {
    return { error: 'Chỉ biên tập viên hẹn giờ đăng hoặc gỡ bài. / Only editors schedule publishing.' }
  }
  const result = await schedulePublishHandler(args)
  if (!(result as { error?: unknown } | undefined)?.error) {
    const { doc, global, type, date, deleteID } = args
    await recordAudit(args.req, {
      action: 'schedule',
      target: doc?.relationTo ?? global ?? undefined,
      documentId: typeof doc?.value === 'object' ? (doc.value as { id: string }).id : (doc?.value ?? null),
      detail: deleteID ? `cancelled job ${String(deleteID)}` : `${type ?? 'publish'} at ${date ? new Date(date).toISOString() : '?'}`,
    })
  }
  return result
}
