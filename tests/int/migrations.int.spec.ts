import fs from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, onMongo } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(() => cleanup())

describe.skipIf(onMongo)('SQLite migrations (SQLite only: MongoDB needs no migrations)', () => {
  it('cover the schema of the collections: run `npm run migrate:create` after changing one', async () => {
    const db = payload.db as unknown as SQLiteAdapter
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = path.resolve('migrations')
    const latest = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no migration snapshot committed').toBeDefined()
    const committed = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
    const current = await generateDrizzleJson(db.schema)
    expect(await generateMigration(committed, current)).toEqual([])
  })

  it('have all been applied to a fresh database', async () => {
    const applied = await payload.find({ collection: 'payload-migrations', pagination: false })
    const files = fs.readdirSync('migrations').filter((file) => /^\d.*\.ts$/.test(file))
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(files.map((file) => file.replace(/\.ts$/, '')).sort())
  })
})
