import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import Database from 'libsql'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { listFiles } from '@/cms/backup/archive'
import { bootPayload, context, onMongo, procedureData, testAgency } from '../fixtures/payload'

type Run = { code: number | null; stdout: string; stderr: string }

/** `npm run backup` / `npm run restore` as a separate process, on the given database and uploads. */
function command(args: string[], env: { DATABASE_URL: string; MEDIA_DIR: string }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'cms/backup/command.ts', ...args], {
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Every file under a media folder with its bytes. */
const mediaFiles = (dir: string) => Object.fromEntries(listFiles(dir, '.').map((file) => [file, fs.readFileSync(path.join(dir, file))]))

function countRows(file: string, table: string): number {
  const db = new Database(file)
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections) {
    counts[slug] = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
  }
  return counts
}

let payload: Payload
let dir: string
let cleanup: () => Promise<void>
let source: { DATABASE_URL: string; MEDIA_DIR: string }
let target: { DATABASE_URL: string; MEDIA_DIR: string }
const archive = () => path.join(dir, 'backups', 'archive.tar.gz')
/** Page ratings written one after another during the backup: comment = position in the sequence. */
let written = 0
let writtenBeforeBackup = 0
let writtenAfterBackup = 0
let walReader: Database.Database
const sourceFile = () => source.DATABASE_URL.slice('file:'.length)

beforeAll(async () => {
  ;({ payload, dir, cleanup } = await bootPayload())
  source = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR! }
  // The rest is for the SQLite tests, skipped on MongoDB (npm run backup copies only a SQLite file).
  if (onMongo) return
  // A read transaction left open keeps checkpoints from moving later writes into the .db file: all
  // that this test writes stays in the WAL only, as the latest writes of a busy site do.
  walReader = new Database(sourceFile())
  walReader.exec('PRAGMA wal_checkpoint(TRUNCATE); BEGIN')
  walReader.prepare('SELECT count(*) FROM users').get()
  target = { DATABASE_URL: `file:${path.join(dir, 'restored', 'cchc.db')}`, MEDIA_DIR: path.join(dir, 'restored', 'media') }
  const agency = await testAgency(payload)
  await payload.create({ collection: 'procedures', data: procedureData(agency), context })
  await payload.create({
    collection: 'procedures',
    data: procedureData(agency, { code: '1.000002', name: 'Thủ tục thứ hai', _status: 'published' }),
    context,
  })
  for (const image of ['par-index-2021-2023.png', 'pci-2018-2023.png']) {
    const data = fs.readFileSync(path.join('cms/seed/media', image))
    await payload.create({
      collection: 'media',
      data: { alt: image },
      file: { data, mimetype: 'image/png', name: image, size: data.length },
      context,
    })
  }
})

afterAll(async () => {
  await cleanup()
})

describe('npm run backup', () => {
  it.skipIf(onMongo)('takes a consistent copy while Local API writes go on, and says how long and how large (SQLite only)', async () => {
    let stop = false
    const writes = (async () => {
      while (!stop) {
        await payload.create({ collection: 'page-feedback', data: { path: '/thu-tuc', useful: 'yes', comment: String(written) } })
        written++
        // The SQLite driver is synchronous: let timers and the backup's process events run between writes.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    await vi.waitFor(() => expect(written).toBeGreaterThanOrEqual(20), { timeout: 20_000 })
    writtenBeforeBackup = written
    // What the site wrote is still in the WAL: a copy of the .db file alone has none of it.
    const plainCopy = path.join(dir, 'plain-copy.db')
    // In another process, as an operator would: closing a file this process reads would drop its SQLite locks.
    execFileSync('cp', [sourceFile(), plainCopy])
    expect(countRows(plainCopy, 'page_feedback')).toBe(0)

    const run = await command(['backup', archive()], source)
    writtenAfterBackup = written
    stop = true
    await writes
    walReader.exec('COMMIT')
    walReader.close()

    const mediaCount = listFiles(source.MEDIA_DIR, '.').length
    expect(mediaCount).toBe(6) // two images and their two resized copies each
    expect(run).toEqual({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^backup: ${archive()}, \\d+\\.\\d MB \\(6 media files\\) in \\d+\\.\\d s\\n$`)),
      stderr: '',
    })
    expect(writtenAfterBackup).toBeGreaterThan(writtenBeforeBackup)
    expect(fs.readdirSync(path.dirname(archive()))).toEqual(['archive.tar.gz'])
  })

  it.skipIf(onMongo)('never overwrites an archive (SQLite only: needs the backup above)', async () => {
    const before = fs.statSync(archive())
    expect(await command(['backup', archive()], source)).toEqual({
      code: 1,
      stdout: '',
      stderr: `backup: ${archive()} already exists: give another path\n`,
    })
    expect(fs.statSync(archive()).mtimeMs).toBe(before.mtimeMs)
  })

  it('with MongoDB says what to run instead and fails', async () => {
    const run = await command(['backup'], { DATABASE_URL: 'mongodb://127.0.0.1:1/cchc', MEDIA_DIR: source.MEDIA_DIR })
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'backup: DATABASE_URL is MongoDB; this command backs up only the embedded SQLite database. Nothing was backed up. Run instead:',
      expect.stringMatching(/^ {2}mongodump --uri="\$DATABASE_URL" --gzip --archive=cchc-mongo-\d{4}-\d\d-\d\dT\d{4}\.gz$/),
    ])
    expect(run.stderr).not.toContain('127.0.0.1')
  })
})

describe.skipIf(onMongo)('npm run restore (SQLite only: restores a SQLite file)', () => {
  it('refuses while another process has the database open, and changes nothing', async () => {
    const files = fs.readdirSync(dir).sort()
    expect(await command(['restore', archive()], source)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'restore: refused, the database is in use (is the site running?): stop it, then restore again; nothing was changed\n',
    })
    expect(fs.readdirSync(dir).sort()).toEqual(files)
  })

  it('restores into a new instance (new paths) with the same media files, names and bytes', async () => {
    const run = await command(['restore', archive()], target)
    const targetFile = target.DATABASE_URL.slice('file:'.length)
    expect(run).toEqual({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^restore: ${targetFile} and 6 media files restored from ${archive()} in \\d+\\.\\d s\\n$`)),
      stderr: '',
    })
    expect(mediaFiles(target.MEDIA_DIR)).toEqual(mediaFiles(source.MEDIA_DIR))
  })

  it('keeps the previous database and media aside', async () => {
    const run = await command(['restore', archive()], target)
    expect(run.code).toBe(0)
    const aside = run.stdout.split('\n').slice(1, 3)
    expect(aside).toEqual([
      expect.stringMatching(/^restore: previous kept at .*\/restored\/cchc\.db\.before-restore-\d{4}-\d\d-\d\dT\d{6}$/),
      expect.stringMatching(/^restore: previous kept at .*\/restored\/media\.before-restore-\d{4}-\d\d-\d\dT\d{6}$/),
    ])
    const [database, media] = aside.map((line) => line.slice('restore: previous kept at '.length))
    expect(fs.readFileSync(database).subarray(0, 16).toString()).toBe('SQLite format 3\0')
    expect(mediaFiles(media)).toEqual(mediaFiles(source.MEDIA_DIR))
  })

  /** The archive unpacked, changed by `damage`, packed again. */
  async function damagedArchive(name: string, damage: (unpacked: string) => void): Promise<string> {
    const unpacked = fs.mkdtempSync(path.join(dir, 'unpacked-'))
    await new Promise((resolve) => spawn('tar', ['-xzf', archive(), '-C', unpacked]).on('exit', resolve))
    damage(unpacked)
    const damaged = path.join(dir, name)
    await new Promise((resolve) => spawn('tar', ['-czf', damaged, '-C', unpacked, '.']).on('exit', resolve))
    return damaged
  }

  it.each([
    [
      'a missing media file',
      (unpacked: string) => fs.rmSync(path.join(unpacked, 'media/pci-2018-2023.png')),
      '(media/pci-2018-2023.png is missing)',
    ],
    [
      'a changed database',
      (unpacked: string) => fs.appendFileSync(path.join(unpacked, 'database.db'), 'x'),
      '(database.db differs from the manifest)',
    ],
    [
      'no manifest',
      (unpacked: string) => fs.rmSync(path.join(unpacked, 'manifest.json')),
      '(no readable manifest.json: not a backup made by npm run backup)',
    ],
    [
      'a symlink in the media',
      (unpacked: string) => fs.symlinkSync('/proc/self/environ', path.join(unpacked, 'media/environ.png')),
      '(media/environ.png is not a plain file (a link or device): refused)',
    ],
    [
      'a file the manifest does not list',
      (unpacked: string) => fs.writeFileSync(path.join(unpacked, 'media/them-vao.html'), '<script>alert(1)</script>'),
      '(media/them-vao.html is not listed in manifest.json: refused)',
    ],
  ])('refuses an archive with %s before replacing anything', async (name, damage, reason) => {
    const damaged = await damagedArchive(`${name.replaceAll(' ', '-')}.tar.gz`, damage)
    const before = fs.readdirSync(path.join(dir, 'restored')).sort()
    expect(await command(['restore', damaged], target)).toEqual({
      code: 1,
      stdout: '',
      stderr: `restore: refused, the archive is incomplete or damaged ${reason}; nothing was changed\n`,
    })
    expect(fs.readdirSync(path.join(dir, 'restored')).sort()).toEqual(before)
  })

  it('refuses a database that fails PRAGMA integrity_check, even with a matching manifest', async () => {
    const damaged = await damagedArchive('corrupt.tar.gz', (unpacked) => {
      const file = path.join(unpacked, 'database.db')
      const bytes = fs.readFileSync(file)
      // Overwrite the second half of the file (table and index pages), keep the header and schema.
      bytes.fill(0x5a, Math.floor(bytes.length / 2))
      fs.writeFileSync(file, bytes)
      const manifestFile = path.join(unpacked, 'manifest.json')
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
      manifest.database.sha256 = crypto.createHash('sha256').update(bytes).digest('hex')
      fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    })
    const run = await command(['restore', damaged], target)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^restore: refused, the archive is incomplete or damaged \(integrity check of the database failed: .+\); nothing was changed\n$/,
    )
  })

  // Last: the restored Payload keeps its connection (and lock) open until the process ends.
  it('the restored instance has the same counts in every collection', async () => {
    // A second Payload on the restored files, as a new instance would start.
    vi.resetModules()
    process.env.DATABASE_URL = target.DATABASE_URL
    process.env.MEDIA_DIR = target.MEDIA_DIR
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    const restored = await getPayload({ config, key: 'restored' })
    try {
      const sourceCounts = await countAll(payload)
      const restoredCounts = await countAll(restored)
      // The copy holds the ratings written before the backup started, and no gap: a prefix of the sequence.
      const copied = restoredCounts['page-feedback']
      expect(copied).toBeGreaterThanOrEqual(writtenBeforeBackup)
      expect(copied).toBeLessThanOrEqual(writtenAfterBackup)
      const comments = await restored.find({ collection: 'page-feedback', pagination: false, select: { comment: true } })
      expect(comments.docs.map((doc) => Number(doc.comment)).sort((a, b) => a - b)).toEqual([...Array(copied).keys()])
      expect(sourceCounts['page-feedback']).toBe(written)
      expect(restoredCounts).toEqual({ ...sourceCounts, 'page-feedback': copied })
      expect(restoredCounts).toMatchObject({ procedures: 2, media: 2, agencies: 1 })
      const image = await restored.find({ collection: 'media', where: { filename: { equals: 'pci-2018-2023.png' } } })
      expect(image.docs[0]?.sizes?.card?.filename).toBe('pci-2018-2023-800x450.png')
    } finally {
      await restored.destroy()
    }
  })
})
