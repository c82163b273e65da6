import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What an archive holds, checked file by file before a restore replaces anything. */
export type Manifest = {
  format: typeof FORMAT
  createdAt: string
  database: FileEntry
  media: FileEntry[]
}

export type FileEntry = { path: string; bytes: number; sha256: string }

const FORMAT = 'cchc-backup/1'
export const MANIFEST = 'manifest.json'
export const DATABASE = 'database.db'
export const MEDIA = 'media'

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256')
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

async function describe(root: string, relative: string): Promise<FileEntry> {
  const file = path.join(root, relative)
  return { path: relative, bytes: fs.statSync(file).size, sha256: await sha256(file) }
}

/** Regular files under `dir`, as paths relative to `root` with forward slashes, sorted. */
export function listFiles(root: string, dir: string): string[] {
  if (!fs.existsSync(path.join(root, dir))) return []
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export async function writeManifest(staging: string): Promise<Manifest> {
  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    database: await describe(staging, DATABASE),
    media: await Promise.all(listFiles(staging, MEDIA).map((file) => describe(staging, file))),
  }
  fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

export class IncompleteArchiveError extends Error {}

/** Reads the manifest of an extracted archive and checks that every file it lists is there, byte for byte. */
export async function verifyExtracted(staging: string): Promise<Manifest> {
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(staging, MANIFEST), 'utf8'))
  } catch {
    throw new IncompleteArchiveError(`no readable ${MANIFEST}: not a backup made by npm run backup`)
  }
  if (manifest.format !== FORMAT) throw new IncompleteArchiveError(`unknown archive format ${JSON.stringify(manifest.format)}`)
  const inside = (entry: FileEntry) => entry.path.startsWith(`${MEDIA}/`) && !entry.path.split('/').includes('..')
  if (manifest.database?.path !== DATABASE || !manifest.media?.every(inside)) {
    throw new IncompleteArchiveError(`${MANIFEST} lists files outside ${DATABASE} and ${MEDIA}/`)
  }
  // Exactly the listed files, each a plain file: no symlink (to /proc/self/environ, the secret…), no extra entry.
  const listed = new Set([MANIFEST, DATABASE, ...manifest.media.map((entry) => entry.path)])
  for (const entry of fs.readdirSync(staging, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(staging, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (entry.isDirectory() && (relative === MEDIA || relative.startsWith(`${MEDIA}/`))) continue
    if (!entry.isFile()) throw new IncompleteArchiveError(`${relative} is not a plain file (a link or device): refused`)
    if (!listed.has(relative)) throw new IncompleteArchiveError(`${relative} is not listed in ${MANIFEST}: refused`)
  }
  for (const expected of [manifest.database, ...manifest.media]) {
    const file = path.join(staging, expected.path)
    if (!fs.existsSync(file)) throw new IncompleteArchiveError(`${expected.path} is missing`)
    const found = await describe(staging, expected.path)
    if (found.bytes !== expected.bytes || found.sha256 !== expected.sha256) {
      throw new IncompleteArchiveError(`${expected.path} differs from the manifest`)
    }
  }
  return manifest
}

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} failed: ${stderr.trim()}`))))
  })
}

export const createArchive = (staging: string, archive: string) => tar(['-czf', archive, '-C', staging, MANIFEST, DATABASE, MEDIA])

export const extractArchive = (archive: string, staging: string) => tar(['-xzf', archive, '-C', staging, '--no-same-owner'])
