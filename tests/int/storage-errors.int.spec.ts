import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { MongoClient } from 'mongodb'
import { handleEndpoints, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, onMongo } from '../fixtures/payload'
import { errorStatus, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '@/cms/hooks/errorStatus'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let token: string

const UNAVAILABLE = { errors: [{ message: UNAVAILABLE_MESSAGE }] }

async function rest(method: string, url: string, body?: unknown) {
  const request = new Request(new URL(url, 'http://localhost:3000'), {
    method,
    headers: { Authorization: `JWT ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const response = await handleEndpoints({ config: Promise.resolve(payload.config), request })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** Payload's own libsql connection. */
const sqlite = () => (payload.db as unknown as { client: Client }).client

/** Holds the database locked from a second connection, as a backup or another process would. */
async function whileLocked<T>(run: () => Promise<T>): Promise<T> {
  const other: Client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  await other.execute('BEGIN EXCLUSIVE')
  // Payload waits 10 s for a lock (cms/db.ts); a test need not.
  await sqlite().execute('PRAGMA busy_timeout = 50')
  try {
    return await run()
  } finally {
    await other.execute('ROLLBACK')
    other.close()
    await sqlite().execute('PRAGMA busy_timeout = 10000')
  }
}

/** A log call's message: a line, or the message of the error Payload logs (`{ err }`). */
const messageOf = (arg: unknown) =>
  typeof arg === 'string' ? arg : arg instanceof Error ? arg.message : String((arg as { err?: Error }).err?.message ?? arg)

/** The error lines logged while `run` runs, kept for the test to assert instead of printed. */
async function errorsLogged<T>(run: () => T | Promise<T>): Promise<{ result: T; logged: string[] }> {
  const spy = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
  try {
    const result = await run()
    return { result, logged: spy.mock.calls.map(([arg]) => messageOf(arg)) }
  } finally {
    spy.mockRestore()
  }
}

/** What the afterError hook answers for an error, on a request as Payload builds it, and what it logged. */
async function answer(error: unknown, url = 'http://localhost:3000/api/agencies?where[name][equals]=x') {
  const req = { method: 'GET', url, payload, responseHeaders: undefined as Headers | undefined } as unknown as PayloadRequest
  const { result, logged } = await errorsLogged(() =>
    errorStatus({ error: error as Error, req, context: {}, result: undefined, collection: undefined } as never),
  )
  return { result, retryAfter: req.responseHeaders?.get('Retry-After'), logged }
}

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  await payload.create({ collection: 'users', data: { email: 'admin@example.vn', password: 'mat-khau-dai-123', roles: ['admin'] } })
  ;({ token } = (await payload.login({ collection: 'users', data: { email: 'admin@example.vn', password: 'mat-khau-dai-123' } })) as {
    token: string
  })
})

afterAll(() => cleanup())

describe.skipIf(onMongo)('a busy database (locked by another connection), through the REST handler (SQLite only: file locks)', () => {
  it('answers a write 503 with Retry-After and a log line, no internals', async () => {
    const { result: response, logged } = await errorsLogged(() =>
      whileLocked(() => rest('POST', '/api/agencies', { name: 'Sở Xây dựng', kind: 'department' })),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS))
    expect(JSON.parse(response.text)).toEqual(UNAVAILABLE)
    // Payload logs the driver's error, then the hook its one line.
    expect(logged).toEqual([
      expect.stringMatching(/^Failed query: insert into "agencies"/),
      'storage unavailable (SQLITE_BUSY) on POST /api/agencies: answered 503',
    ])
  })

  it('answers a read with query parameters 503, not 400, for the same driver error', async () => {
    // WAL readers are not blocked by a writer: the error of a locked write is given to the hook for a read.
    const error = await whileLocked(() =>
      payload.create({ collection: 'agencies', data: { name: 'Sở Công Thương', kind: 'department' } }).catch((caught: unknown) => caught),
    )
    expect(error).toMatchObject({ cause: { code: 'SQLITE_BUSY' } })
    expect(await answer(error)).toEqual({
      result: { status: 503, response: UNAVAILABLE },
      retryAfter: String(RETRY_AFTER_SECONDS),
      logged: ['storage unavailable (SQLITE_BUSY) on GET /api/agencies: answered 503'],
    })
  })

  it('works again once the lock is gone', async () => {
    expect((await rest('GET', '/api/agencies?where[name][equals]=x')).status).toBe(200)
  })
})

describe('query mistakes stay client errors', () => {
  it('near on a text field, an unknown field in where: 400', async () => {
    for (const query of ['where[name][near]=1,2', 'where[nope][equals]=1']) {
      const { result, logged } = await errorsLogged(() => rest('GET', `/api/procedures?${query}`))
      expect(result.status, query).toBe(400)
      // `near` outside a point field reaches @payloadcms/drizzle, whose SQLite operators have none: Payload
      // logs that TypeError before the afterError hook answers 400. An unknown field is Payload's own 400.
      if (onMongo) expect(logged.length, query).toBeLessThanOrEqual(1)
      else expect(logged, query).toEqual(query.includes('near') ? [expect.stringMatching(/operators\[\w+\] is not a function/)] : [])
    }
  })
})

describe('errors from the drivers, given to the afterError hook', () => {
  it.skipIf(onMongo)('a corrupt database file (SQLITE_NOTADB) is 503 (SQLite only: needs no Payload, run once)', async () => {
    const file = path.join(dir, 'corrupt.db')
    fs.writeFileSync(file, Buffer.alloc(8192, 'rác'))
    const client = createClient({ url: `file:${file}` })
    const error = await client.execute('SELECT * FROM agencies').catch((caught: unknown) => caught)
    client.close()
    expect(error).toMatchObject({ code: expect.stringMatching(/^SQLITE_NOTADB/) })
    expect(await answer(error)).toEqual({
      result: { status: 503, response: UNAVAILABLE },
      retryAfter: String(RETRY_AFTER_SECONDS),
      logged: [expect.stringMatching(/^storage unavailable \(SQLITE_NOTADB.*\) on GET \/api\/agencies: answered 503$/)],
    })
  })

  it('an unreachable MongoDB (server selection) is 503', async () => {
    const client = new MongoClient('mongodb://127.0.0.1:9/cchc', { serverSelectionTimeoutMS: 100 })
    const error = await client.connect().catch((caught: unknown) => caught)
    await client.close()
    expect(error).toMatchObject({ name: 'MongoServerSelectionError' })
    const { result, logged } = await answer(error)
    expect(result).toEqual({ status: 503, response: UNAVAILABLE })
    expect(logged).toEqual(['storage unavailable (MongoServerSelectionError) on GET /api/agencies: answered 503'])
  })
})
