/**
 * `npm start` (production) on a database file that is not there, as when a volume did not mount: the
 * app refuses to start, says why, and creates nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { onMongo } from '../fixtures/payload'

function npmStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })
}

describe.skipIf(onMongo)('npm start on a missing database file (SQLite only: the same run as without TEST_MONGODB_URL)', () => {
  it('refuses to start with a message saying why, and leaves no new database behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-start-'))
    const file = path.join(dir, 'cchc.db')
    const { code, output } = await npmStart({ DATABASE_URL: `file:${file}`, PORT: '3990', PAYLOAD_SECRET: 'test-secret' })
    expect(code).toBe(1)
    expect(output).toContain(`migrate: refused: The database file ${file} is missing.`)
    expect(output).toMatch(/npm run seed/)
    expect(output).not.toMatch(/Ready in|started server/i)
    expect(fs.readdirSync(dir)).toEqual([])
  }, 120_000)
})
