/**
 * The process's one logger (pino): every line on stdout is a JSON object with `level` (its name),
 * `time` (ISO 8601), `msg`, and `reqId` when written while a request is being answered
 * (scripts/request-context.mjs). Payload logs through it (its `logger` option), as do the production
 * server (one line per request, scripts/request-log.mjs) and the app's run-time events. LOG_LEVEL
 * (trace, debug, info, warn, error, fatal, silent; default info) sets how much is written. Secrets and
 * personal data are kept out (scripts/log-privacy.mjs). Read with `npx pino-pretty` (README "Logs").
 */
import { format } from 'node:util'

import pino from 'pino'

import { redactFields, safeError, scrubText } from './log-privacy.mjs'
import { currentRequest } from './request-context.mjs'

const KEY = Symbol.for('cchc.logger')

export const DEFAULT_LEVEL = 'info'

/** An error that answers 4xx: the client's to fix, not the operator's (cms/refusal.ts names the usual ones). */
const isRefusal = (error) => Number.isInteger(error?.status) && error.status >= 400 && error.status < 500
/** An Error, also one from another realm or copied into a plain object (as pino's serializer takes them). */
const errorLike = (value) => value instanceof Error || (typeof value?.message === 'string' && typeof value?.stack === 'string')
const ERROR = pino.levels.values.error

/** What a line reports when it reports one thing: an error (alone or as `{ err }`) or a message. */
function loneReport(first, error) {
  if (typeof first === 'string') return { msg: scrubText(first) }
  if (error && (first === error || Object.keys(first).length === 1)) return { err: error }
}

/**
 * pino's logMethod hook, before a line is written:
 * - An error reported alone (an error, `{ err }` or a message, as Payload reports them) while a request
 *   is answered waits for the answer (scripts/request-log.mjs): refused (4xx), it is written at info
 *   without a stack; otherwise at error, as reported. Payload logs some refusals as errors (a file type
 *   not allowed), and the app turns some errors into 400s after Payload logged them
 *   (cms/hooks/errorStatus.ts: a body that is not JSON, a query the database cannot run).
 * - Any other refusal (an error with a 4xx status) logged as an error is written at info, without its
 *   stack: Payload picks levels by the error's name, which the production bundle shortens
 *   (AuthenticationError → "ex"; cms/refusal.ts).
 * - Messages get the same scrubbing as errors: a string argument, an object's `msg`, and the message
 *   pino would take unscrubbed from a lone error.
 */
function logMethod(args, method, level) {
  if (!args.length) return method.apply(this, args)
  const [first, ...rest] = args
  const error = errorLike(first) ? first : errorLike(first?.err) ? first.err : undefined
  const report = level >= ERROR && !rest.length ? loneReport(first, error) : undefined
  const request = report && currentRequest()
  if (request) {
    ;(request.errors ??= []).push(report)
    return
  }
  if (level >= ERROR && isRefusal(error)) {
    const { err: _err, ...fields } = first === error ? {} : first
    return this.info({ ...fields, status: error.status }, scrubText(rest[0] ?? fields.msg ?? error.message))
  }
  // An error alone goes under `err`, where its serializer scrubs it (pino knows only its own realm's Errors).
  const fields = first === error ? { err: error } : first
  let scrubbed = [fields, ...rest]
  if (typeof fields?.msg === 'string') scrubbed = [{ ...fields, msg: scrubText(fields.msg) }, ...rest]
  else if (error && !rest.length) scrubbed = [fields, error.message]
  return method.apply(
    this,
    scrubbed.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)),
  )
}

/** The level LOG_LEVEL names, and a warning when it names none (the default is used). */
export function levelFrom(value) {
  const wanted = value?.trim().toLowerCase()
  if (!wanted) return { level: DEFAULT_LEVEL }
  if (wanted in pino.levels.values || wanted === 'silent') return { level: wanted }
  const known = [...Object.keys(pino.levels.values), 'silent'].join(', ')
  return { level: DEFAULT_LEVEL, warning: `LOG_LEVEL "${value}" is not one of ${known}: logging at ${DEFAULT_LEVEL}` }
}

/**
 * A logger writing to `destination` (stdout by default): the process's own is `logger()`.
 * @param {{ level?: string, destination?: import('pino').DestinationStream }} [options]
 * @returns {import('pino').Logger}
 */
export function createLogger({ level = process.env.LOG_LEVEL, destination } = {}) {
  const chosen = levelFrom(level)
  const log = pino(
    {
      level: chosen.level,
      // The process id tells instances on one machine apart; the host is the journal's to record.
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: redactFields },
      serializers: { err: safeError },
      mixin: () => {
        const request = currentRequest()
        return request ? { reqId: request.id } : {}
      },
      hooks: { logMethod },
    },
    destination,
  )
  if (chosen.warning) log.warn(chosen.warning)
  return log
}

/**
 * This process's logger (made on first use; the server and the app's bundle share it through globalThis).
 * @returns {import('pino').Logger}
 */
export const logger = () => (globalThis[KEY] ??= createLogger())

const CONSOLE_LEVELS = { error: 'error', warn: 'warn', info: 'info', log: 'info', debug: 'debug', trace: 'debug' }

/** Sends console.* to `log` (the production server: Next's and libraries' messages become JSON lines too). */
export function routeConsole(log) {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    console[method] = (...args) => {
      const err = args.find((arg) => arg instanceof Error)
      const rest = args.filter((arg) => arg !== err)
      log[level](err ? { err } : {}, rest.length ? format(...rest) : (err?.message ?? ''))
    }
  }
}
