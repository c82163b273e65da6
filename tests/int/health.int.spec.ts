import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/next/health/route'
import { checkHealth } from '@/lib/health'
import { migrations } from '@/migrations'
import { logger } from '@/scripts/log.mjs'
import { bootPayload, onMongo } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(async () => {
  await cleanup()
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** What /next/health answers, and the lines it logged. */
async function health() {
  const log = vi.spyOn(logger(), 'error').mockImplementation(() => {})
  const response = await GET()
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: await response.json(),
    logged: log.mock.calls.map((args) => args.join(' ')),
  }
}

describe('/next/health', () => {
  // `redis` says what the instances share (REDIS_URL, unset here): not a reason to drop the instance.
  it('answers 200 when the database answers and every committed migration is applied', async () => {
    expect(await health()).toEqual({
      status: 200,
      cacheControl: 'no-store',
      // MongoDB has no migrations to apply (lib/health.ts).
      // The first answer starts loading the search index (the server asks at start: scripts/server.mjs).
      body: { status: 'ok', database: 'ok', migrations: onMongo ? 'not-needed' : 'current', redis: 'not-configured', search: 'loading' },
      logged: [],
    })
    await expect.poll(async () => (await health()).body.search).toBe('loaded')
  })

  it.skipIf(onMongo)('answers 503 with one log line while a committed migration is not applied (SQLite only: migrations)', async () => {
    const last = migrations.at(-1)!.name
    const [row] = (await payload.find({ collection: 'payload-migrations', where: { name: { equals: last } } })).docs
    await payload.delete({ collection: 'payload-migrations', id: row.id })
    try {
      expect(await health()).toEqual({
        status: 503,
        cacheControl: 'no-store',
        body: { status: 'unavailable', database: 'ok', migrations: 'pending', redis: 'not-configured', search: 'loaded' },
        logged: ['health: 1 migration(s) not applied'],
      })
    } finally {
      await payload.create({ collection: 'payload-migrations', data: { name: row.name, batch: row.batch } })
    }
    expect((await health()).status).toBe(200)
  })

  it('needs no migrations with MongoDB', async () => {
    vi.spyOn(payload.db, 'packageName', 'get').mockReturnValue('@payloadcms/db-mongodb')
    expect(await checkHealth(payload, ['20991231_000000_not_applied'])).toEqual({ status: 'ok', database: 'ok', migrations: 'not-needed' })
  })

  it('answers 503 when the database does not answer within 3 s', async () => {
    vi.spyOn(payload, 'find').mockReturnValue(new Promise(() => {}))
    expect(await health()).toEqual({
      status: 503,
      cacheControl: 'no-store',
      body: { status: 'unavailable', database: 'unreachable', migrations: 'unknown', redis: 'not-configured', search: 'loaded' },
      logged: ['health: database unreachable: no answer in 3000 ms'],
    })
  })

  // Last: the database connection stays closed.
  // On MongoDB an unreachable server is the 3 s case above: mongoose waits for a closed connection.
  it.skipIf(onMongo)('answers 503 when the database is unreachable, logging one line (SQLite only: closes the libsql client)', async () => {
    ;(payload.db as unknown as { client: { close: () => void } }).client.close()
    expect(await health()).toEqual({
      status: 503,
      cacheControl: 'no-store',
      body: { status: 'unavailable', database: 'unreachable', migrations: 'unknown', redis: 'not-configured', search: 'loaded' },
      logged: ['health: database unreachable: CLIENT_CLOSED: The client is closed'],
    })
  })
})
