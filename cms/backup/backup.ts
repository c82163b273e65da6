import fs from 'node:fs'
import path from 'node:path'

import { createArchive, DATABASE, MEDIA, writeManifest } from './archive'
import { snapshotDatabase } from './sqlite'

export type BackupResult = { archive: string; bytes: number; mediaFiles: number; milliseconds: number }

/**
 * One archive with a consistent copy of the live SQLite database and the uploads, taken while the
 * site keeps serving. The database is copied first, so every upload it refers to is already on disk.
 */
export async function backup({
  databaseFile,
  mediaDir,
  archive,
}: {
  databaseFile: string
  mediaDir: string
  archive: string
}): Promise<BackupResult> {
  const started = performance.now()
  if (!fs.existsSync(databaseFile)) throw new Error(`no database at ${databaseFile}`)
  if (fs.existsSync(archive)) throw new Error(`${archive} already exists: give another path`)
  fs.mkdirSync(path.dirname(archive), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(archive), '.cchc-backup-'))
  const partial = `${archive}.partial`
  try {
    snapshotDatabase(databaseFile, path.join(staging, DATABASE))
    // A copy, not the live folder: the manifest then describes exactly what goes into the archive.
    if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(staging, MEDIA), { recursive: true })
    else fs.mkdirSync(path.join(staging, MEDIA))
    const manifest = await writeManifest(staging)
    await createArchive(staging, partial)
    // A link cannot replace an existing file: a concurrent backup to the same path fails instead.
    fs.linkSync(partial, archive)
    return {
      archive,
      bytes: fs.statSync(archive).size,
      mediaFiles: manifest.media.length,
      milliseconds: performance.now() - started,
    }
  } finally {
    fs.rmSync(partial, { force: true })
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
