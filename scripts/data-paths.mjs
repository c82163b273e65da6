/* Where the files that belong to a database live: beside its SQLite file, so that a test, a bench or an
 * e2e copy seeding its own database never writes into the demo's. Shared by Payload's config, the seed,
 * backup and `npm run demo` (plain JS: the scripts import it too). */
import path from 'node:path'

const DEFAULT_DATABASE = './data/cchc.db'

/** The SQLite file of a DATABASE_URL; null for MongoDB and for the demo's own database. */
function ownDatabase(databaseUrl) {
  const url = databaseUrl?.trim() || `file:${DEFAULT_DATABASE}`
  if (!url.startsWith('file:')) return null
  const file = path.resolve(url.slice('file:'.length))
  return file === path.resolve(DEFAULT_DATABASE) ? null : file
}

const beside = (file, suffix) => path.join(path.dirname(file), `${path.basename(file, path.extname(file))}${suffix}`)

/** The generated administrator login: data/admin-login.txt for the demo (and MongoDB); `<db>.admin-login.txt` beside any other SQLite file. */
export function adminLoginFile(databaseUrl = process.env.DATABASE_URL) {
  const file = ownDatabase(databaseUrl)
  return file ? beside(file, '.admin-login.txt') : path.resolve('data/admin-login.txt')
}

/** Uploads: MEDIA_DIR when set; data/media for the demo (and MongoDB); `<db>-media/` beside any other SQLite file. */
export function mediaDir(env = process.env) {
  if (env.MEDIA_DIR) return path.resolve(env.MEDIA_DIR)
  const file = ownDatabase(env.DATABASE_URL)
  return file ? beside(file, '-media') : path.resolve('data/media')
}

/** Files editors upload to import (private, unlike media): IMPORTS_DIR; data/imports for the demo; `<db>-imports/` beside any other SQLite file. */
export function importsDir(env = process.env) {
  if (env.IMPORTS_DIR) return path.resolve(env.IMPORTS_DIR)
  const file = ownDatabase(env.DATABASE_URL)
  return file ? beside(file, '-imports') : path.resolve('data/imports')
}
