/*
 * Whether `npm run demo` may serve the build it made last time instead of building again (a build takes
 * minutes). A stamp in the build folder records what the build was made from: the source (a hash of the
 * files git tracks or would track, outside tests, e2e suites, benches and docs), the build-time settings
 * (hashed: DATABASE_URL or S3_* may hold secrets) and the build's BUILD_ID. The database is not in the stamp:
 * a reused build first drops its prerendered pages (dropPageOutputs), which then render from the database
 * on their first request, since Next does not remember across a restart which of them a change expired.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { currentSiteUrl } from './site-url.mjs'

const STAMP = 'demo-build.json'

/** Files that never reach the build: changing them does not make it stale. */
const NOT_BUILT = /^(tests|e2e[^/]*|bench|docs|\.ci)\/|\.md$|^playwright[^/]*\.config\.ts$|^vitest\.config\.mts$/

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex')

/** A Next build adds its folder's type files to tsconfig.json's include, which does not change what it builds. */
function withoutDistTypes(file, content) {
  if (file !== 'tsconfig.json') return content
  try {
    const config = JSON.parse(content)
    config.include = config.include?.filter((entry) => !/^\.next[^/]*\//.test(entry))
    return JSON.stringify(config)
  } catch {
    return content
  }
}

/** A hash of the source files in `root` (git's view: tracked, or untracked and not ignored); null outside a git checkout. */
export function sourceHash(root = process.cwd()) {
  let listed
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    return null
  }
  const hash = crypto.createHash('sha256')
  for (const file of [...new Set(listed.split('\0').filter(Boolean))].sort()) {
    if (NOT_BUILT.test(file)) continue
    let content
    try {
      content = fs.readFileSync(path.join(root, file), 'utf8')
    } catch {
      content = '(absent)'
    }
    hash.update(`${file}\0${sha256(withoutDistTypes(file, content))}\0`)
  }
  return hash.digest('hex')
}

/**
 * The settings a build bakes in (next.config.ts, the Payload config and the pages read them while building), each hashed.
 * @param {Record<string, string | undefined>} [env]
 */
export function buildSettings(env = process.env) {
  const settings = {
    SITE_URL: currentSiteUrl(env),
    DATABASE_URL: env.DATABASE_URL?.trim() || '',
    NEXT_DIST_DIR: env.NEXT_DIST_DIR || '.next',
    REDIS_URL: env.REDIS_URL?.trim() || '',
  }
  for (const name of Object.keys(env).sort()) if (/^(S3_|NEXT_PUBLIC_)/.test(name)) settings[name] = env[name] ?? ''
  return Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, sha256(value).slice(0, 16)]))
}

/**
 * What a build made now would be made from.
 * @param {Record<string, string | undefined>} [env]
 */
export const currentInputs = (env = process.env, root = process.cwd()) => ({ source: sourceHash(root), settings: buildSettings(env) })

/**
 * Reuse or rebuild, and why, in words for one printed line.
 * @param {{ source: string | null, settings: Record<string, string>, buildId?: string } | null} stamp what the build was made from
 * @param {{ source: string | null, settings: Record<string, string> }} current what a build now would be made from
 * @param {string | null} buildId the BUILD_ID in the build folder (null: no build)
 */
export function reuseDecision(stamp, current, buildId) {
  const rebuild = (reason) => ({ reuse: false, reason })
  if (!buildId) return rebuild('no build yet')
  if (!stamp) return rebuild('the build was not made by npm run demo')
  if (stamp.buildId !== buildId) return rebuild('the build was replaced since npm run demo made it')
  if (!current.source) return rebuild('not a git checkout: cannot tell whether the source changed')
  if (stamp.source !== current.source) return rebuild('the source changed since the last build')
  const names = [...new Set([...Object.keys(stamp.settings ?? {}), ...Object.keys(current.settings)])].sort()
  const changed = names.filter((name) => stamp.settings?.[name] !== current.settings[name])
  if (changed.length) return rebuild(`${changed.join(', ')} changed since the last build`)
  return { reuse: true, reason: 'same source and settings as the last build' }
}

const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    return null
  }
}

export const buildIdOf = (distDir) => readText(path.join(distDir, 'BUILD_ID'))

export function readStamp(distDir) {
  try {
    return JSON.parse(readText(path.join(distDir, STAMP)))
  } catch {
    return null
  }
}

/** Before building: a build that fails or is interrupted must not look reusable. */
export const removeStamp = (distDir) => fs.rmSync(path.join(distDir, STAMP), { force: true })

export const writeStamp = (distDir, inputs) =>
  fs.writeFileSync(path.join(distDir, STAMP), `${JSON.stringify({ ...inputs, buildId: buildIdOf(distDir) }, null, 2)}\n`)

/** Prerendered and cached page output (HTML, RSC payloads and segments, metadata, route handler bodies). */
const PAGE_OUTPUT = /\.(html|rsc|meta|body)$|\.segments$/

/**
 * Drops the pages the build prerendered (server/app) and the server cached since (server/route-cache, the
 * data cache), so that each renders from the database on its first request. Compiled code and Next's own
 * error pages (server/pages) stay. Returns how many entries went.
 */
export function dropPageOutputs(distDir) {
  let dropped = 0
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (PAGE_OUTPUT.test(entry.name)) {
        fs.rmSync(file, { recursive: true, force: true })
        dropped++
      } else if (entry.isDirectory()) walk(file)
    }
  }
  const app = path.join(distDir, 'server', 'app')
  if (fs.existsSync(app)) walk(app)
  for (const cache of [path.join(distDir, 'server', 'route-cache'), path.join(distDir, 'cache', 'fetch-cache')]) {
    if (fs.existsSync(cache)) dropped++
    fs.rmSync(cache, { recursive: true, force: true })
  }
  return dropped
}
