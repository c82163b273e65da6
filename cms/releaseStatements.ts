import { setImmediate } from 'node:timers/promises'

/**
 * Lets the event loop turn once. libsql frees a prepared statement's native memory (its SQL and bound
 * values) in a finalizer that Node runs only between turns of the event loop, and every Local API call
 * on SQLite prepares its statements anew. A loop of writes that never leaves the microtask queue
 * (libsql answers synchronously) keeps every statement it ran: about 500 MB per 1,000 documents, and
 * slower writes as the process grows. Loops that write many documents await this after each one.
 * The same loop of reads holds every other request (none is taken until the microtask queue is empty):
 * loops that read many times in the background await this between reads (through cms/requestsFirst.ts).
 */
export const releaseStatements = (): Promise<void> => setImmediate()
