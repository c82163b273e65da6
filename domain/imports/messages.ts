import { label } from '../labels'

/** A message of an import report, in both admin languages. */
export type Message = { vi: string; en: string }
export const message = label

/** Why a row (or the file) was refused, or what was done differently from the file: tied to a column. */
export type Problem = { column: string; message: Message }

export const problem = (column: string, vi: string, en: string): Problem => ({ column, message: message(vi, en) })
