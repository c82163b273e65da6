import type { Payload, Where } from 'payload'

import { leadingProcedureCode } from '@/domain/procedures/code'
import type { FeedbackError } from './validate'

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{24}$/i

export type ProcedureChoice = { procedure?: string; procedureText?: string } | { error: FeedbackError }

/**
 * The procedure a citizen names in the form: typed as its code ("1.001193", also at the start of "1.001193 – Đăng ký khai sinh") or its name, so the form
 * sends no list to the browser whatever the number of procedures. A code or an exact name of one
 * published procedure links it; anything else is kept as typed for the officer, never refused.
 * The JSON API may also send a procedure's id, which must exist.
 */
export async function resolveProcedure(payload: Payload, typed: string): Promise<ProcedureChoice> {
  if (!typed) return {}
  const find = (where: Where) =>
    payload.find({ collection: 'procedures', where, limit: 2, depth: 0, select: { code: true }, overrideAccess: false, pagination: false })
  if (ID.test(typed)) {
    const { docs } = await find({ id: { equals: typed } })
    return docs.length ? { procedure: String(docs[0].id) } : { error: 'procedureUnknown' }
  }
  const code = leadingProcedureCode(typed)
  const { docs } = await find(code ? { code: { equals: code } } : { name: { equals: typed } })
  return docs.length === 1 ? { procedure: String(docs[0].id) } : { procedureText: typed }
}
