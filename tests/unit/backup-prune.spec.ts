import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { backupKeepDays, pruneArchives } from '@/cms/backup/paths'

const DAY = 86_400_000

describe('backup archives kept BACKUP_KEEP_DAYS (the privacy policy promises erased data leaves backups within it)', () => {
  const saved = process.env.BACKUP_KEEP_DAYS
  afterEach(() => {
    if (saved === undefined) delete process.env.BACKUP_KEEP_DAYS
    else process.env.BACKUP_KEEP_DAYS = saved
  })

  it('deletes only the backup archives older than the limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-prune-'))
    const now = Date.now()
    const file = (name: string, age: number) => {
      fs.writeFileSync(path.join(dir, name), 'x')
      fs.utimesSync(path.join(dir, name), new Date(now - age), new Date(now - age))
    }
    file('cchc-2026-10-01T0200.tar.gz', 31 * DAY)
    file('cchc-2026-11-20T0200.tar.gz', 10 * DAY)
    file('notes.txt', 400 * DAY)
    file('cchc-other.zip', 400 * DAY)
    expect(pruneArchives(dir, 30, now).map((removed) => path.basename(removed))).toEqual(['cchc-2026-10-01T0200.tar.gz'])
    expect(fs.readdirSync(dir).sort()).toEqual(['cchc-2026-11-20T0200.tar.gz', 'cchc-other.zip', 'notes.txt'])
    expect(pruneArchives(dir, 0, now + 1000 * DAY)).toEqual([])
    fs.rmSync(dir, { recursive: true })
  })

  it('reads 30 days by default, 0 to keep all, and refuses anything else', () => {
    delete process.env.BACKUP_KEEP_DAYS
    expect(backupKeepDays()).toBe(30)
    process.env.BACKUP_KEEP_DAYS = '0'
    expect(backupKeepDays()).toBe(0)
    process.env.BACKUP_KEEP_DAYS = '7'
    expect(backupKeepDays()).toBe(7)
    for (const bad of ['-1', '2.5', 'ba mươi']) {
      process.env.BACKUP_KEEP_DAYS = bad
      expect(() => backupKeepDays(), bad).toThrow(/BACKUP_KEEP_DAYS must be a whole number/)
    }
  })
})
