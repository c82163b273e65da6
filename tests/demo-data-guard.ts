/**
 * Vitest global setup: the tests never touch the demo's data (README). Fingerprints the demo's files
 * before the run and fails the run when any of them changed, appeared or vanished.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const DEMO_FILES = ['data/cchc.db', 'data/cchc.db-wal', 'data/admin-login.txt', 'data/.payload-secret']

/** The demo's uploads and import files, in subfolders too (scripts/data-paths.mjs). */
const DEMO_FOLDERS = ['data/media', 'data/imports']

const filesIn = (dir: string) =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[])
        .map((name) => path.join(dir, name))
        .filter((file) => fs.statSync(file).isFile())
    : []

const fingerprint = () =>
  Object.fromEntries(
    [...DEMO_FILES, ...DEMO_FOLDERS.flatMap(filesIn)].map((file) => [
      file,
      fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent',
    ]),
  )

export default function setup() {
  const before = fingerprint()
  return () => {
    const after = fingerprint()
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((file) => before[file] !== after[file])
    if (changed.length) throw new Error(`the tests changed the demo's data: ${changed.join(', ')}`)
  }
}
