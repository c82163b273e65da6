import type { GlobalAfterChangeHook, PayloadRequest, TaskConfig, Where } from 'payload'

import type { SiteSetting } from '@/payload-types'
import { tags } from '../cacheTags'
import { expireTags } from '../revalidation'

/** The task that expires the site settings' pages when the alert banner starts or ends. */
export const ALERT_TASK = 'expireAlertBanner'

/**
 * Static pages are cached until a tag expires, and the banner's start and end are only read when a
 * page renders; so each time is queued as a job (run by the app's own jobs runner, JOBS_CRON) that
 * expires the site settings' tag through the revalidate route, and the next request shows the banner,
 * or no longer does.
 */
export const alertBannerTask: TaskConfig<{ input: { at: string }; output: object }> = {
  slug: ALERT_TASK,
  label: 'Thông báo khẩn: bắt đầu / kết thúc',
  inputSchema: [{ name: 'at', type: 'date', required: true }],
  retries: 2,
  handler: async ({ req }) => {
    // No request to revalidate in: expireTags asks the running server (`/next/revalidate`).
    await expireTags(req.payload, [tags.siteSettings()])
    return { output: {} }
  },
}

/** Jobs of the task that have not run yet (a running one is left to finish). */
const pending: Where = {
  and: [{ taskSlug: { equals: ALERT_TASK } }, { completedAt: { exists: false } }, { processing: { equals: false } }],
}

/** Replaces the pending start/end jobs with those of the alert as saved: its times still to come. */
export async function scheduleAlertBanner(alert: SiteSetting['alert'], req: PayloadRequest) {
  await req.payload.delete({ collection: 'payload-jobs', where: pending, req })
  if (!alert?.enabled) return
  const now = Date.now()
  const times = [alert.startsAt, alert.endsAt].filter((at): at is string => Boolean(at) && new Date(at!).getTime() > now)
  for (const at of new Set(times)) {
    await req.payload.jobs.queue({ task: ALERT_TASK, input: { at }, waitUntil: new Date(at), req })
  }
}

export const scheduleAlertOnSave: GlobalAfterChangeHook = async ({ doc, req }) => {
  await scheduleAlertBanner((doc as SiteSetting).alert, req)
  return doc
}
