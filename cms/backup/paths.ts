import fs from 'node:fs'
import path from 'node:path'

/** The uploads folder, as collections/Media.ts resolves it (scripts/data-paths.mjs). */
export { mediaDir } from '@/scripts/data-paths.mjs'

const pad = (n: number) => String(n).padStart(2, '0')

/** Local time as 2026-12-01T1530 (with seconds: 2026-12-01T153012), safe in file names. */
export function stamp(date = new Date(), seconds = false): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day}T${pad(date.getHours())}${pad(date.getMinutes())}${seconds ? pad(date.getSeconds()) : ''}`
}

export const defaultArchive = () => path.resolve('backups', `cchc-${stamp()}.tar.gz`)

/** How many days `npm run backup` keeps archives in backups/ (BACKUP_KEEP_DAYS, 30 by default; 0 keeps all). */
export function backupKeepDays(): number {
  const raw = process.env.BACKUP_KEEP_DAYS?.trim()
  if (!raw) return 30
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 0)
    throw new Error(`BACKUP_KEEP_DAYS must be a whole number of days (0 keeps every archive), not "${raw}"`)
  return days
}

/**
 * Deletes the archives the backup command made in `dir` (cchc-*.tar.gz) that are older than `days`:
 * the privacy policy says personal data erased from the site stays in backups no longer than that.
 * Returns the files deleted.
 */
export function pruneArchives(dir: string, days: number, now = Date.now()): string[] {
  if (days === 0 || !fs.existsSync(dir)) return []
  const removed: string[] = []
  for (const name of fs.readdirSync(dir)) {
    if (!/^cchc-.*\.tar\.gz$/.test(name)) continue
    const file = path.join(dir, name)
    if (now - fs.statSync(file).mtimeMs > days * 86_400_000) {
      fs.rmSync(file)
      removed.push(file)
    }
  }
  return removed
}
