import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import {
  assertDatabasePresent,
  chooseDatabase,
  DatabaseUrlError,
  databaseAdapter,
  DEFAULT_SQLITE_URL,
  MissingDatabaseError,
} from '@/cms/db'
import { MissingSecretError, payloadSecret } from '@/cms/secret'
import { siteUrl } from '@/domain/siteUrl'

describe('database selection from DATABASE_URL', () => {
  it('uses embedded SQLite at data/cchc.db when unset or blank', () => {
    expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
    expect(chooseDatabase('  ')).toEqual({ kind: 'sqlite', url: 'file:./data/cchc.db' })
  })

  it('uses SQLite for file: URLs', () => {
    expect(chooseDatabase('file:/tmp/other.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/other.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase('mongodb://localhost:27017/cchc').kind).toBe('mongodb')
    expect(chooseDatabase('mongodb+srv://user:pw@cluster.example.net/cchc').kind).toBe('mongodb')
  })

  it('refuses anything else with a message naming the accepted forms', () => {
    expect(() => chooseDatabase('postgres://localhost/cchc')).toThrow(DatabaseUrlError)
    expect(() => chooseDatabase('postgres://localhost/cchc')).toThrow(/mongodb:\/\/.*file:/)
  })

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapter(chooseDatabase('file:/tmp/x.db')).name).toBe('sqlite')
    expect(databaseAdapter(chooseDatabase('mongodb://localhost/cchc')).name).toBe('mongoose')
  })
})

describe('PAYLOAD_SECRET', () => {
  const cwd = process.cwd()
  afterEach(() => process.chdir(cwd))

  it('comes from the environment when set', () => {
    expect(payloadSecret({ kind: 'mongodb', url: 'mongodb://x' }, { PAYLOAD_SECRET: 'abc' })).toBe('abc')
  })

  it('is required with MongoDB', () => {
    expect(() => payloadSecret({ kind: 'mongodb', url: 'mongodb://x' }, {})).toThrow(MissingSecretError)
  })

  it('is generated once into a git-ignored file for the embedded database', () => {
    process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-secret-')))
    const first = payloadSecret({ kind: 'sqlite', url: DEFAULT_SQLITE_URL }, {})
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({ kind: 'sqlite', url: DEFAULT_SQLITE_URL }, {})).toBe(first)
    expect(fs.readFileSync(path.join('data', '.payload-secret'), 'utf8').trim()).toBe(first)
  })
})

describe('SITE_URL', () => {
  it('defaults to localhost on PORT or 3000, without a trailing slash', () => {
    expect(siteUrl({})).toBe('http://localhost:3000')
    expect(siteUrl({ PORT: '4100' })).toBe('http://localhost:4100')
    expect(siteUrl({ SITE_URL: 'https://cchc.example.gov.vn/' })).toBe('https://cchc.example.gov.vn')
  })
})

describe('a missing database in production', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-db-'))
  const missing = { kind: 'sqlite' as const, url: `file:${path.join(dir, 'missing.db')}` }
  const production = { NODE_ENV: 'production' } as NodeJS.ProcessEnv

  it('is refused, with why and what to do', () => {
    expect(() => assertDatabasePresent(missing, production)).toThrow(MissingDatabaseError)
    expect(() => assertDatabasePresent(missing, production)).toThrow(/missing\.db is missing.*npm run restore.*npm run seed/)
  })

  it('is refused when the file is empty (a volume mounted without its data)', () => {
    const empty = path.join(dir, 'empty.db')
    fs.writeFileSync(empty, '')
    expect(() => assertDatabasePresent({ kind: 'sqlite', url: `file:${empty}` }, production)).toThrow(/empty\.db is empty/)
  })

  it('is created on purpose with ALLOW_NEW_DATABASE=true, and freely outside production', () => {
    expect(() => assertDatabasePresent(missing, { ...production, ALLOW_NEW_DATABASE: 'true' })).not.toThrow()
    expect(() => assertDatabasePresent(missing, { NODE_ENV: 'test' } as NodeJS.ProcessEnv)).not.toThrow()
    expect(fs.existsSync(path.join(dir, 'missing.db'))).toBe(false)
  })
})
