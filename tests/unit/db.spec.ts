import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { chooseDatabase, DatabaseUrlError, databaseAdapter, DEFAULT_SQLITE_URL } from '../../cms/db'
import { MissingSecretError, payloadSecret } from '../../cms/secret'
import { siteUrl } from '../../cms/site-url'

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
