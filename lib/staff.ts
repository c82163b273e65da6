import { CONTENT_ROLES, userHasRole } from '@/cms/access/roles'

import { getPayloadClient } from './queries/payload'

/** Whether the request comes from signed-in content staff (Payload's session cookie or API key). */
export async function isContentStaff(headers: Headers): Promise<boolean> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers })
  return userHasRole(user, ...CONTENT_ROLES)
}
