/**
 * The integration tests on MongoDB (TEST_MONGODB_URL, tests/fixtures/payload.ts): each file's own
 * database on the given server, read back by the MongoDB driver itself (its constructor parses the URL
 * without connecting).
 */
import { MongoClient } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { chooseDatabase } from '@/cms/db'
import { testDatabaseName, testMongoUrl } from '../fixtures/payload'

const parsed = (url: string) => {
  const { options } = new MongoClient(url)
  return {
    dbName: options.dbName,
    hosts: options.hosts.map(String),
    replicaSet: options.replicaSet,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS,
    authSource: options.credentials?.source,
    username: options.credentials?.username,
    password: options.credentials?.password,
  }
}

describe('testMongoUrl', () => {
  it.each([
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/cchc_test_x?serverSelectionTimeoutMS=5000'],
    ['mongodb://127.0.0.1:27017/', 'mongodb://127.0.0.1:27017/cchc_test_x?serverSelectionTimeoutMS=5000'],
    ['mongodb://db:27017/cchc', 'mongodb://db:27017/cchc_test_x?serverSelectionTimeoutMS=5000'],
    ['mongodb://db:27017/?replicaSet=rs0', 'mongodb://db:27017/cchc_test_x?replicaSet=rs0&serverSelectionTimeoutMS=5000'],
    ['mongodb://db:27017?replicaSet=rs0', 'mongodb://db:27017/cchc_test_x?replicaSet=rs0&serverSelectionTimeoutMS=5000'],
    [
      'mongodb://a:1,b:2/cchc?replicaSet=rs0&serverSelectionTimeoutMS=900',
      'mongodb://a:1,b:2/cchc_test_x?replicaSet=rs0&serverSelectionTimeoutMS=900',
    ],
  ])('%s → %s', (base, expected) => {
    expect(testMongoUrl(base, 'cchc_test_x')).toBe(expected)
  })

  it('keeps the replica set, every host and the options, and points at the new database', () => {
    expect(parsed(testMongoUrl(' mongodb://a:27017,b:27018/cchc?replicaSet=rs0&w=majority ', 'cchc_test_x'))).toEqual({
      dbName: 'cchc_test_x',
      hosts: ['a:27017', 'b:27018'],
      replicaSet: 'rs0',
      serverSelectionTimeoutMS: 5000,
      authSource: undefined,
      username: undefined,
      password: undefined,
    })
  })

  it('keeps credentials authenticating against the database they did (given, else admin)', () => {
    expect(parsed(testMongoUrl('mongodb://tester:p%40ss%2Fw@db:27017/staging', 'cchc_test_x'))).toMatchObject({
      dbName: 'cchc_test_x',
      authSource: 'staging',
      username: 'tester',
      password: 'p@ss/w',
    })
    expect(parsed(testMongoUrl('mongodb://tester:pw@db:27017', 'cchc_test_x'))).toMatchObject({ authSource: 'admin' })
    expect(parsed(testMongoUrl('mongodb://tester:pw@db/staging?authSource=users', 'cchc_test_x'))).toMatchObject({
      dbName: 'cchc_test_x',
      authSource: 'users',
    })
  })

  it('handles mongodb+srv (resolved only when connecting)', () => {
    expect(testMongoUrl('mongodb+srv://u:pw@cluster0.example.net/cchc?retryWrites=true', 'cchc_test_x')).toBe(
      'mongodb+srv://u:pw@cluster0.example.net/cchc_test_x?retryWrites=true&authSource=cchc&serverSelectionTimeoutMS=5000',
    )
  })

  it('gives the app a URL it reads as MongoDB, and refuses anything else', () => {
    expect(chooseDatabase(testMongoUrl('mongodb://db:27017', 'cchc_test_x')).kind).toBe('mongodb')
    for (const base of ['file:./data/test.db', 'http://db:27017', 'db:27017', ''])
      expect(() => testMongoUrl(base, 'cchc_test_x'), base).toThrow('is not a MongoDB connection string')
  })
})

describe('testDatabaseName', () => {
  it('is new for each file, says which file, and is a valid database name', () => {
    const name = testDatabaseName('/srv/cchc/tests/int/media-relations-access.int.spec.ts')
    expect(name).toMatch(/^cchc_test_media_relations_access_int_[0-9a-f]{8}$/)
    expect(name.length).toBeLessThanOrEqual(63)
    expect(testDatabaseName('/x/tests/int/seed.int.spec.ts')).not.toBe(testDatabaseName('/x/tests/int/seed.int.spec.ts'))
    expect(testDatabaseName()).toMatch(/^cchc_test_[0-9a-f]{8}$/)
  })
})

describe('tests/isolate-env.ts', () => {
  it('keeps unit tests on a throw-away SQLite file, with or without TEST_MONGODB_URL', () => {
    expect(process.env.DATABASE_URL).toMatch(/^file:.*cchc-test-env-.*\/test\.db$/)
  })
})
