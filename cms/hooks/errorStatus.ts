import type { AfterErrorHook } from 'payload'

const QUERY_PARAMS = /^(where|sort|select|populate|joins|depth|limit|page|locale|data)\b/
/** Methods whose query string selects documents (reads, bulk updates and deletes). */
const QUERYING = new Set(['GET', 'PATCH', 'DELETE'])

/** SQLite result codes (primary and extended) that mean the database cannot be used right now. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CORRUPT|NOTADB|CANTOPEN|FULL|READONLY|NOMEM|PROTOCOL)/
/** MongoDB driver (and Mongoose) errors of an unreachable or unavailable server. */
const MONGO_UNAVAILABLE =
  /^Mongo(ose)?(Network|NetworkTimeout|ServerSelection|NotConnected|TopologyClosed|PoolCleared|WaitQueueTimeout)Error$/
const MONGO_LABELS = ['RetryableWriteError', 'ResetPool', 'TransientTransactionError']
/** Node system errors of the disk (media files): failing, full, read-only, out of handles. */
const IO_UNAVAILABLE = new Set(['EIO', 'ENOSPC', 'EDQUOT', 'EROFS', 'EMFILE', 'ENFILE', 'EACCES', 'EPERM', 'EBUSY', 'ESTALE'])

/** Seconds a client should wait before retrying after a storage failure. */
export const RETRY_AFTER_SECONDS = 30

export const UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời không truy cập được dữ liệu, vui lòng thử lại sau ít phút. / ' +
  'The service cannot reach its data right now: please try again in a few minutes.'

type DriverError = { name?: string; code?: unknown; errorLabels?: unknown; cause?: unknown; errors?: unknown }

/**
 * The code or name of the storage failure behind an error (drizzle wraps the driver's error in
 * `cause`), or null when the error is not one: an outage, not a mistake of the client.
 */
export function storageFailure(error: unknown): string | null {
  const seen = new Set<unknown>()
  const queue = [error]
  while (queue.length > 0) {
    const current = queue.shift() as DriverError | null | undefined
    if (!current || typeof current !== 'object' || seen.has(current)) continue
    seen.add(current)
    const code = typeof current.code === 'string' ? current.code : ''
    if (SQLITE_UNAVAILABLE.test(code) || IO_UNAVAILABLE.has(code)) return code
    if (current.name && MONGO_UNAVAILABLE.test(current.name)) return current.name
    const labels = Array.isArray(current.errorLabels) ? (current.errorLabels as string[]) : []
    const label = labels.find((each) => MONGO_LABELS.includes(each))
    if (label) return `${current.name ?? 'MongoError'} (${label})`
    queue.push(current.cause, ...(Array.isArray(current.errors) ? current.errors : []))
  }
  return null
}

/**
 * Answers errors by their cause. A storage failure (busy, corrupt, unreadable or full database, a
 * failing disk, an unreachable MongoDB) is an outage: 503 with Retry-After and a log line, never
 * internals. A body that is not JSON, and a read, bulk update or bulk delete whose user-supplied
 * query makes the database layer throw (e.g. `near` on a text field in SQLite, an unknown sort
 * field), are the client's error: 400 with a message.
 */
export const errorStatus: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  // A status the app chose (4xx, or 503 for object storage out of reach) stands; only Payload's 500 is read again.
  if (status && status !== 500) return
  const failure = storageFailure(error)
  if (failure) {
    req.payload.logger.error(`storage unavailable (${failure}) on ${req.method} ${req.url ? new URL(req.url).pathname : ''}: answered 503`)
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
    return { status: 503, response: { errors: [{ message: UNAVAILABLE_MESSAGE }] } }
  }
  const { name, message } = error as { name?: string; message?: string }
  if (name === 'SyntaxError' || /invalid json/i.test(message ?? '')) {
    return { status: 400, response: { errors: [{ message: 'The body is not valid JSON.' }] } }
  }
  if (!QUERYING.has(req.method ?? '') || !req.url) return
  const params = [...new URL(req.url).searchParams.keys()]
  if (!params.some((key) => QUERY_PARAMS.test(key))) return
  return {
    status: 400,
    response: {
      errors: [{ message: 'The query could not be run: check the where, sort, select and paging parameters.' }],
    },
  }
}
