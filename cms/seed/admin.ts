import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '@/domain/env'
import { adminLoginFile } from '@/scripts/data-paths.mjs'

export type AdminLogin = { email: string; password: string; generated: boolean; file?: string }

/**
 * The first administrator: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, or a generated password printed once.
 * Returns null when the account already exists (its password is never changed).
 */
export async function seedAdmin(payload: Payload, env: Env = process.env): Promise<AdminLogin | null> {
  const email = env.SEED_ADMIN_EMAIL?.trim().toLowerCase() || 'admin@cchc.local'
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (existing.totalDocs > 0) return null
  const generated = !env.SEED_ADMIN_PASSWORD
  const password = env.SEED_ADMIN_PASSWORD || crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Quản trị hệ thống', roles: ['admin'] },
    context: { disableRevalidate: true },
  })
  if (generated) {
    // Beside the database seeded (the demo's: data/admin-login.txt), so `npm run demo` can show it again.
    const file = adminLoginFile(env.DATABASE_URL)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${email}\n${password}\n`, { mode: 0o600 })
  }
  return { email, password, generated, file: generated ? adminLoginFile(env.DATABASE_URL) : undefined }
}
