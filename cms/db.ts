import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'

export const DEFAULT_SQLITE_URL = 'file:./data/cchc.db'

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

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  return sqliteAdapter({
    client: { url: `file:${sqliteFilePath(choice.url)}` },
    idType: 'uuid',
    wal: true,
    busyTimeout: 10_000,
    // The schema comes only from committed migrations: never push, never prompt.
    push: false,
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
  })
}
