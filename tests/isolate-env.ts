/**
 * Vitest setup, run in each test file's worker before the file's imports: the database, uploads and
 * secret point to a throw-away folder, so a test that loads the Payload config early (by importing a
 * route or lib/) never opens the demo's data/cchc.db or writes into data/media. `bootPayload` then
 * picks its own folder for files that boot Payload themselves.
 *
 * With TEST_MONGODB_URL, an integration test file (tests/int/) gets a new database of its own on that
 * server instead, named here so that a config loaded early and `bootPayload` use the same one; unit
 * tests stay on SQLite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect } from 'vitest'

import { onMongo, TEST_MONGODB_URL, testDatabaseName, testMongoUrl } from './fixtures/payload'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-env-'))
const testFile = expect.getState().testPath ?? ''
if (onMongo && testFile.includes(`${path.sep}tests${path.sep}int${path.sep}`)) {
  process.env.DATABASE_URL = testMongoUrl(TEST_MONGODB_URL!, testDatabaseName(testFile))
  // No SQLite file to keep them beside: without these they would go to the demo's data/ (scripts/data-paths.mjs).
  process.env.IMPORTS_DIR = path.join(dir, 'imports')
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
// Warnings and errors only (the JSON lines of scripts/log.mjs); tests/int/logs.int.spec.ts captures its own at debug.
process.env.LOG_LEVEL ??= 'warn'
