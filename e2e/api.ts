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

/** The id of a seeded agency, by its Vietnamese name. */
export async function agencyId(request: APIRequestContext, name = 'Sở Tư pháp'): Promise<string> {
  const response = await request.get(`/api/agencies?limit=1&where[name][equals]=${encodeURIComponent(name)}`)
  const [agency] = (await response.json()).docs
  if (!agency) throw new Error(`no agency named ${name}`)
  return agency.id
}

export const newProcedure = (code: string, name: string, implementingAgency: string) => ({
  code,
  name,
  field: 'Thử nghiệm',
  implementingAgency,
  onlineService: { level: 'none' },
})
