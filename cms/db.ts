import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

export const DEFAULT_SQLITE_URL = 'file:./data/cchc.db'

/** How long a write waits for another one's lock before SQLite answers busy. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

export class DatabaseUrlError extends Error {}

/** Reads DATABASE_URL: `mongodb://` or `mongodb+srv://` → MongoDB; unset or `file:` → embedded SQLite. */
export function chooseDatabase(databaseUrl: string | undefined): DatabaseChoice {
  const url = databaseUrl?.trim()
  if (!url) return { kind: 'sqlite', url: DEFAULT_SQLITE_URL }
  if (url.startsWith('mongodb')) return { kind: 'mongodb', url }
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  throw new DatabaseUrlError(
    `DATABASE_URL "${url}" is not supported. Use "mongodb://…" or "mongodb+srv://…" for MongoDB, ` +
      `"file:./path/to/file.db" for embedded SQLite, or leave it unset for ${DEFAULT_SQLITE_URL}.`,
  )
}

/** Absolute path of a `file:` SQLite URL, so every process and working directory sees the same file. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.slice('file:'.length))
}

export class MissingDatabaseError extends Error {}

/** Whether a new, empty SQLite database may be created: always outside production, in production only on purpose. */
const mayCreateDatabase = (env: NodeJS.ProcessEnv) => env.NODE_ENV !== 'production' || env.ALLOW_NEW_DATABASE === 'true'

/**
 * In production a missing or empty SQLite file is a volume that did not mount, not a new site: an empty
 * database would hide it, lose citizens' feedback into it and leave the site without its accounts.
 * Refuses unless it is created on purpose (`npm run seed`, or ALLOW_NEW_DATABASE=true).
 */
export function assertDatabasePresent(choice: DatabaseChoice, env = process.env) {
  if (choice.kind !== 'sqlite' || mayCreateDatabase(env)) return
  const file = sqliteFilePath(choice.url)
  const size = fs.existsSync(file) ? fs.statSync(file).size : -1
  if (size > 0) return
  throw new MissingDatabaseError(
    `The database file ${file} is ${size < 0 ? 'missing' : 'empty'}. In production the portal does not start on a new, ` +
      'empty database (a volume that did not mount would otherwise look like a new site). Check the volume and DATABASE_URL, ' +
      'restore a backup with `npm run restore <archive>`, or create a new site on purpose with `npm run seed` ' +
      '(or ALLOW_NEW_DATABASE=true).',
  )
}

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  assertDatabasePresent(choice)
  return sqliteAdapter({
    client: { url: `file:${sqliteFilePath(choice.url)}` },
    idType: 'uuid',
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // The schema comes only from committed migrations: never push, never prompt.
    push: false,
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
  })
}
