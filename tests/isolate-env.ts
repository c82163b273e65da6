/**
 * Vitest setup, run in each test file's worker before the file's imports: the database, uploads and
 * secret point to a throw-away folder, so a test that loads the Payload config early (by importing a
 * route or lib/) never opens the demo's data/cchc.db or writes into data/media. `bootPayload` then
 * picks its own folder for files that boot Payload themselves.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-env-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
