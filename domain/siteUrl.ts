import type { Env } from './env'

/** The public origin of the site: Payload's serverURL and the base of every absolute URL. */
export function siteUrl(env: Env = process.env): string {
  const explicit = env.SITE_URL?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `http://localhost:${env.PORT?.trim() || '3000'}`
}
