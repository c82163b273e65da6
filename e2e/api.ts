import type { APIRequestContext } from '@playwright/test'

import { e2eServer } from './server-env'

/** A JWT for the seeded administrator, for REST calls in the `Authorization: JWT …` form. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: e2eServer.admin })
  if (!response.ok()) throw new Error(`login failed: ${response.status()} ${await response.text()}`)
  return (await response.json()).token
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/** A unique national-style procedure code, so tests never collide with seeds or each other. */
export const uniqueCode = () => `3.${String(Date.now() % 1_000_000).padStart(6, '0')}`

export const newProcedure = (code: string, name: string) => ({
  code,
  name,
  field: 'Thử nghiệm',
  implementingAgency: 'Sở Tư pháp',
  onlineService: { level: 'none' },
})
