import { siteUrl } from './site-url'

/** A request body declared no larger than `max` bytes (a missing Content-Length counts as too large). */
export function bodyWithin(headers: Headers, max: number): boolean {
  const length = Number(headers.get('content-length') ?? NaN)
  return length <= max
}

/**
 * A form post from the site's own pages: no Origin header (older browsers) passes; an Origin whose
 * host is neither this request's host, the forwarded host nor SITE_URL's does not.
 */
export function fromThisSite(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (!origin) return true
  try {
    const { host } = new URL(origin)
    const hosts = [headers.get('host'), headers.get('x-forwarded-host')?.split(',')[0]?.trim(), new URL(siteUrl()).host]
    return hosts.includes(host)
  } catch {
    return false
  }
}
