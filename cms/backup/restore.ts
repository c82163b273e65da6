import fs from 'node:fs'
import path from 'node:path'

import { DATABASE, extractArchive, IncompleteArchiveError, MEDIA, verifyExtracted } from './archive'
import { stamp } from './paths'
import { closeIdleDatabase, integrityCheck } from './sqlite'

export type RestoreResult = { mediaFiles: number; previous: string[]; milliseconds: number }

/** Renames, or copies when `to` is on another file system. */
function move(from: string, to: string) {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true })
    fs.rmSync(from, { recursive: true, force: true })
  }
}

/** Moves `file` (and its -wal and -shm beside it) to `file + suffix`; returns what was moved. */
function setAside(file: string, suffix: string, companions: string[] = []): string[] {
  return [file, ...companions.map((end) => file + end)]
    .filter((existing) => fs.existsSync(existing))
    .map((existing) => {
      move(existing, `${existing}${suffix}`)
      return `${existing}${suffix}`
    })
}

/**
 * Replaces the SQLite database and the uploads with an archive from `backup`. Refuses while another
 * process has the database open, and checks the archive (every file against its manifest, then
 * `PRAGMA integrity_check`) before touching anything. The previous files are renamed, not deleted.
 */
export async function restore({
  archive,
  databaseFile,
  mediaDir,
}: {
  archive: string
  databaseFile: string
  mediaDir: string
}): Promise<RestoreResult> {
  const started = performance.now()
  if (!fs.existsSync(archive)) throw new Error(`no archive at ${archive}`)
  closeIdleDatabase(databaseFile)
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(databaseFile), '.cchc-restore-'))
  try {
    await extractArchive(archive, staging).catch((error: Error) => {
      throw new IncompleteArchiveError(error.message)
    })
    const manifest = await verifyExtracted(staging)
    const integrity = integrityCheck(path.join(staging, DATABASE))
    if (integrity !== 'ok') throw new IncompleteArchiveError(`integrity check of the database failed: ${integrity}`)
    // Checked again right before the swap: the site may have been started meanwhile.
    closeIdleDatabase(databaseFile)
    const suffix = `.before-restore-${stamp(new Date(), true)}`
    // A stale -wal beside the restored file would be replayed into it: it goes aside with the old database.
    const previous = [...setAside(databaseFile, suffix, ['-wal', '-shm']), ...setAside(mediaDir, suffix)]
    fs.renameSync(path.join(staging, DATABASE), databaseFile)
    fs.mkdirSync(path.join(staging, MEDIA), { recursive: true })
    fs.mkdirSync(path.dirname(mediaDir), { recursive: true })
    move(path.join(staging, MEDIA), mediaDir)
    return { mediaFiles: manifest.media.length, previous, milliseconds: performance.now() - started }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
