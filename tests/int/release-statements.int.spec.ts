import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterAll, describe, expect, it } from 'vitest'

import { releaseStatements } from '@/cms/releaseStatements'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-statements-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** How much the process's resident memory grows over 4,000 fresh statements with 8 KB each, in MiB. */
async function growth(release: boolean) {
  const db = new Database(path.join(dir, `${release}.db`))
  db.exec('create table t (id integer primary key, body text)')
  const body = 'x'.repeat(8192)
  const before = process.memoryUsage().rss
  for (let i = 0; i < 4000; i++) {
    // As Payload's SQLite adapter does: a new statement for every query.
    db.prepare('insert into t (body) values (?)').run(body + i)
    if (release && i % 100 === 99) await releaseStatements()
  }
  const grown = (process.memoryUsage().rss - before) / 2 ** 20
  db.close()
  return grown
}

// Why cms/releaseStatements.ts exists: a loop of Local API writes on SQLite that never lets the event loop
// turn keeps the native memory of every statement it ran (the corpus of bench/scale grew 500 MB per 1,000
// documents, and its writes slowed down).
describe('libsql statements', () => {
  it('keep their memory until the event loop turns, and release it when it does', async () => {
    const kept = await growth(false)
    const released = await growth(true)
    expect(kept, 'without a turn of the event loop: about 8 KB per statement kept').toBeGreaterThan(20)
    expect(released, 'with releaseStatements every 100 statements').toBeLessThan(kept / 4)
    // Thousands of inserts twice over: tens of seconds on a busy 2-core machine.
  }, 180_000)
})
