/**
 * Vitest global setup: one SQLite file migrated from the committed migrations (`npm run migrate`'s own
 * command), which each test file's bootPayload copies (tests/fixtures/payload.ts) instead of running every
 * migration again: they cost seconds a file. Not on MongoDB, which needs no migrations.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated SQLite file to copy, or '' when there is none (MongoDB). */
    migratedTemplate: string
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_MONGODB_URL?.trim()) {
    project.provide('migratedTemplate', '')
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-template-'))
  const file = path.join(dir, 'template.db')
  const env = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    ALLOW_NEW_DATABASE: 'true',
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    MEDIA_DIR: path.join(dir, 'media'),
  }
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('node', ['scripts/run-ts.mjs', 'cms/migrate.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })
  if (code !== 0) throw new Error(`migrating the template database failed (exit ${code}):\n${output}`)
  project.provide('migratedTemplate', file)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
