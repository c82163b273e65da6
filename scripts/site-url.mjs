/*
 * SITE_URL at `npm start` against the one the build used. Pages, feeds and the sitemap print the build's
 * (next.config.ts inlines it as BUILT_SITE_URL, which Next also records in required-server-files.json),
 * while Payload's CSRF and cookie checks use the one given at start: a change needs a rebuild.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * SITE_URL as domain/siteUrl.ts reads it (this file is plain Node and cannot import TypeScript).
 * @param {Record<string, string | undefined>} [env]
 */
export function currentSiteUrl(env = process.env) {
  const explicit = env.SITE_URL?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `http://localhost:${env.PORT?.trim() || '3000'}`
}

/** The SITE_URL the build in distDir was made with, or null when it cannot tell (no build yet). */
export function builtSiteUrl(distDir) {
  try {
    const { config } = JSON.parse(fs.readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8'))
    return config?.env?.BUILT_SITE_URL || null
  } catch {
    return null
  }
}

/** One warning line when the two differ, else null. */
export function siteUrlWarning(built, current) {
  if (!built || built === current) return null
  return `⚠ SITE_URL is ${current} but this build was made with ${built}, which every page, feed and the sitemap print: rebuild with SITE_URL=${current} (npm run build)`
}
