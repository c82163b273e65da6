import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseChoice } from './db'
import type { Env } from '@/domain/env'

/** Where a generated secret is kept for the embedded database (git-ignored, beside the data). */
export const GENERATED_SECRET_FILE = 'data/.payload-secret'

export class MissingSecretError extends Error {}

/**
 * PAYLOAD_SECRET from the environment. With the embedded database a missing secret is generated once
 * into a git-ignored file; with MongoDB (production) a missing secret is refused.
 */
export function payloadSecret(choice: DatabaseChoice, env: Env = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (choice.kind === 'mongodb') {
    throw new MissingSecretError(
      'PAYLOAD_SECRET is not set. With MongoDB (production) the portal refuses to start without it: ' +
        'set PAYLOAD_SECRET to a long random string, e.g. `openssl rand -hex 32`.',
    )
  }
  const file = path.resolve(GENERATED_SECRET_FILE)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, secret + '\n', { flag: 'wx', mode: 0o600 })
    console.info(`PAYLOAD_SECRET is not set: generated one into ${GENERATED_SECRET_FILE} (git-ignored).`)
  } catch (error) {
    // Another process (a build worker) wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return fs.readFileSync(file, 'utf8').trim()
}
