/**
 * Who is asking: the client address resolved once per request by scripts/server.mjs from the socket
 * peer, TRUSTED_PROXIES and the forwarded headers. Plain JavaScript so that the server (plain Node)
 * and the app (TypeScript) share it.
 */
import { isIP } from 'node:net'

/** The request header in which the server passes the resolved address to the app (overwritten on every request). */
export const CLIENT_HEADER = 'x-cchc-client-address'

/** Set by the server on globalThis: the app then trusts CLIENT_HEADER, which no client can set. */
export const STAMPED = Symbol.for('cchc.clientAddressStamped')

/** An address in canonical text form: IPv4-mapped IPv6 as IPv4, no brackets, port or zone, lower case; null when not an IP. */
export function normalizeAddress(value) {
  if (typeof value !== 'string') return null
  let text = value.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1]
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%.*$/, '')
  const version = isIP(text)
  if (version === 4) return text
  if (version !== 6) return null
  const bits = toBigInt(text, 6)
  // IPv4-mapped (::ffff:1.2.3.4, ::ffff:102:304): the IPv4 address
  if (bits >> 32n === 0xffffn) return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 255n)).join('.')
  return text
}

/** The address as a number (32 bits for IPv4, 128 for IPv6); the address must be valid for its version. */
function toBigInt(address, version) {
  if (version === 4) return address.split('.').reduce((sum, part) => (sum << 8n) + BigInt(Number(part)), 0n)
  let text = address
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (v4) {
    const n = toBigInt(v4[1], 4)
    text = text.slice(0, v4.index) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null]
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const groups = tail === null ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  return groups.reduce((sum, group) => (sum << 16n) + BigInt(parseInt(group || '0', 16)), 0n)
}

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses and CIDR ranges (IPv4 or IPv6). Invalid entries
 * throw, so a typo cannot silently trust nobody (or everybody).
 */
export function parseTrustedProxies(list = '') {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [base, prefixText, extra] = entry.split('/')
      const address = normalizeAddress(base)
      const version = address ? isIP(address) : 0
      const width = version === 4 ? 32 : 128
      // A mapped range (::ffff:192.0.2.0/120) is the IPv4 range it maps.
      const mapped = version === 4 && isIP(base.replace(/^\[|\]$/g, '')) === 6 ? 96 : 0
      const prefix = prefixText === undefined ? width : Number(prefixText) - mapped
      if (!address || extra !== undefined || !/^\d+$/.test(prefixText ?? '0') || !(prefix >= 0 && prefix <= width)) {
        throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
      }
      const shift = BigInt(width - prefix)
      return { version, shift, network: toBigInt(address, version) >> shift }
    })
}

/** Whether an address (any form normalizeAddress accepts) lies in one of the parsed ranges. */
export function isTrusted(address, ranges) {
  const normal = normalizeAddress(address)
  if (!normal) return false
  const version = isIP(normal)
  const value = toBigInt(normal, version)
  return ranges.some((range) => range.version === version && value >> range.shift === range.network)
}

/**
 * The client's address. The socket peer is the client unless it is a trusted proxy; then the
 * X-Forwarded-For chain is read from the right (each trusted proxy appends the address it saw) and
 * the first hop that is not a trusted proxy is the client. X-Real-IP counts only when a trusted
 * proxy sent no X-Forwarded-For. Anything a client wrote to the left of that is ignored.
 */
export function resolveClientAddress(peer, forwardedFor, realIp, ranges) {
  let client = normalizeAddress(peer) ?? 'unknown'
  if (!isTrusted(client, ranges)) return client
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (!hops.length) {
    const real = normalizeAddress(Array.isArray(realIp) ? realIp.at(-1) : realIp)
    return real ?? client
  }
  for (const hop of hops.reverse()) {
    const address = normalizeAddress(hop)
    if (!address) return client
    client = address
    if (!isTrusted(address, ranges)) return address
  }
  return client
}
