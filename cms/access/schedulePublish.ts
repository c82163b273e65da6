import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { userHasRole } from './roles'

/**
 * The admin's "schedule publish / unpublish" (a server function that queues a job without asking
 * whether the user may publish): editors and administrators only. A contributor's scheduled job would
 * fail when it runs anyway; refusing here tells them at once.
 */
export const editorsSchedulePublishing: typeof schedulePublishHandler = (args) => {
  if (!userHasRole(args.req.user as never, 'admin', 'editor')) {
    return { error: 'Chỉ biên tập viên hẹn giờ đăng hoặc gỡ bài. / Only editors schedule publishing.' }
  }
  return schedulePublishHandler(args)
}
