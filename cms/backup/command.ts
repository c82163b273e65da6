/* `npm run backup [archive]` and `npm run restore <archive>`: the embedded SQLite database and the uploads. */
import path from 'node:path'

import { chooseDatabase, DatabaseUrlError, sqliteFilePath } from '../db'
import { ObjectStorageConfigError, objectStorageSettings, type ObjectStorageSettings } from '../objectStorage'
import { IncompleteArchiveError } from './archive'
import { backup } from './backup'
import { backupKeepDays, defaultArchive, mediaDir, pruneArchives, stamp } from './paths'
import { restore } from './restore'
import { DatabaseInUseError } from './sqlite'

const [command, given] = process.argv.slice(2)
/** Inside the project relative to it, elsewhere absolute. */
const shown = (file: string) => (file.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), file) : file)
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function fail(message: string, code = 1): never {
  console.error(`${command}: ${message}`)
  process.exit(code)
}

/** Uploads in a bucket (S3_BUCKET) are neither archived nor restored: the bucket keeps them. */
const bucketNote = (bucket: ObjectStorageSettings) =>
  command === 'backup'
    ? `uploads are in the bucket ${bucket.bucket} (S3_BUCKET), not in this archive: the bucket's versioning or replication keeps them`
    : `uploads are in the bucket ${bucket.bucket} (S3_BUCKET) and were not changed: restore a deleted file from the bucket's versions`

/** With MongoDB these commands do nothing but say what to run instead. */
function mongoInstructions(bucket: ObjectStorageSettings | null): string {
  const media = shown(mediaDir())
  const day = stamp()
  return command === 'backup'
    ? `DATABASE_URL is MongoDB; this command backs up only the embedded SQLite database. Nothing was backed up. Run instead:\n` +
        `  mongodump --uri="$DATABASE_URL" --gzip --archive=cchc-mongo-${day}.gz\n` +
        (bucket ? `  (${bucketNote(bucket)})` : `  tar -czf cchc-media-${day}.tar.gz -C ${path.dirname(media)} ${path.basename(media)}`)
    : `DATABASE_URL is MongoDB; this command restores only the embedded SQLite database. Nothing was changed. Stop the site, then:\n` +
        `  mongorestore --uri="$DATABASE_URL" --gzip --archive=cchc-mongo-….gz --drop\n` +
        (bucket
          ? `  (${bucketNote(bucket)})`
          : `  mv ${media} ${media}.before-restore && tar -xzf cchc-media-….tar.gz -C ${path.dirname(media)}`)
}

if (command !== 'backup' && command !== 'restore') fail('usage: command.ts backup [archive] | restore <archive>', 2)
let database
let bucket
try {
  database = chooseDatabase(process.env.DATABASE_URL)
  bucket = objectStorageSettings()
} catch (error) {
  if (error instanceof DatabaseUrlError || error instanceof ObjectStorageConfigError) fail(error.message, 2)
  throw error
}
if (database.kind === 'mongodb') fail(mongoInstructions(bucket))
const databaseFile = sqliteFilePath(database.url)

try {
  if (command === 'backup') {
    const result = await backup({ databaseFile, mediaDir: mediaDir(), archive: given ? path.resolve(given) : defaultArchive() })
    console.info(
      `backup: ${shown(result.archive)}, ${megabytes(result.bytes)} (${result.mediaFiles} media files) in ${seconds(result.milliseconds)}`,
    )
    if (bucket) console.info(`backup: ${bucketNote(bucket)}`)
    // Archives in the default folder older than BACKUP_KEEP_DAYS go: erased personal data must not live on in them.
    if (!given) {
      const days = backupKeepDays()
      for (const old of pruneArchives(path.dirname(result.archive), days))
        console.info(`backup: deleted ${shown(old)} (older than ${days} days)`)
    }
  } else {
    if (!given) fail('usage: npm run restore <archive>', 2)
    const result = await restore({ archive: path.resolve(given), databaseFile, mediaDir: mediaDir() })
    console.info(
      `restore: ${shown(databaseFile)} and ${result.mediaFiles} media files restored from ${given} in ${seconds(result.milliseconds)}`,
    )
    for (const previous of result.previous) console.info(`restore: previous kept at ${shown(previous)}`)
    if (bucket) console.info(`restore: ${bucketNote(bucket)}`)
  }
} catch (error) {
  if (error instanceof DatabaseInUseError) fail(`refused, ${error.message}; nothing was changed`)
  if (error instanceof IncompleteArchiveError) fail(`refused, the archive is incomplete or damaged (${error.message}); nothing was changed`)
  fail((error as Error).message)
}
process.exit(0)
