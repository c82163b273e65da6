import type { Env } from './env'

/**
 * The public origin of the site as this process runs: Payload's serverURL (CSRF and cookie checks), the
 * request checks and links to the admin. Not for the absolute URLs pages print: see builtSiteUrl.
 */
export function siteUrl(env: Env = process.env): string {
  const explicit = env.SITE_URL?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `http://localhost:${env.PORT?.trim() || '3000'}`
}

/**
 * The base of every absolute URL the site prints (canonical and hreflang links, sitemap, robots.txt, feeds,
 * OpenSearch, JSON-LD): SITE_URL as it was at `next build`, which next.config.ts `env` inlines into the
 * compiled code. Prerendered pages are fixed at build anyway; inlining gives the routes rendered at run time
 * (the sitemap, pages rendered on first request) the same origin, and keeps every page static.
 * `npm start` warns when SITE_URL has changed since (scripts/site-url.mjs). Outside a build: siteUrl().
 */
export function builtSiteUrl(): string {
  return process.env.BUILT_SITE_URL || siteUrl()
}

/** Where the server reaches itself (jobs expiring pages, the proxy reading redirects): INTERNAL_URL, or loopback on its own port. */
export const internalUrl = (env: Env = process.env) =>
  (env.INTERNAL_URL?.trim() || `http://127.0.0.1:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, '')
