import { describe, expect, it } from 'vitest'

import { isTrusted, normalizeAddress, parseTrustedProxies, resolveClientAddress } from '@/scripts/client-address.mjs'

const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1, 2001:db8::/32')

describe('normalizeAddress', () => {
  it('writes IPv4-mapped IPv6 as IPv4, in every spelling', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normalizeAddress('::FFFF:7f00:1')).toBe('127.0.0.1')
    expect(normalizeAddress('0:0:0:0:0:ffff:10.1.2.3')).toBe('10.1.2.3')
  })
  it('drops brackets, ports and zones; refuses what is not an address', () => {
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('203.0.113.9:51000')).toBe('203.0.113.9')
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1')
    for (const bad of ['', 'unknown', '300.1.1.1', '1.2.3', 'evil.example', '::g', undefined]) expect(normalizeAddress(bad)).toBeNull()
  })
})

describe('parseTrustedProxies and isTrusted', () => {
  it('matches IPv4 and IPv6 CIDR ranges exactly at their edges', () => {
    expect(isTrusted('10.0.0.0', proxies)).toBe(true)
    expect(isTrusted('10.255.255.255', proxies)).toBe(true)
    expect(isTrusted('11.0.0.0', proxies)).toBe(false)
    expect(isTrusted('9.255.255.255', proxies)).toBe(false)
    expect(isTrusted('127.0.0.1', proxies)).toBe(true)
    expect(isTrusted('127.0.0.2', proxies)).toBe(false)
    expect(isTrusted('2001:db8:ffff::1', proxies)).toBe(true)
    expect(isTrusted('2001:db9::1', proxies)).toBe(false)
    expect(isTrusted('::1', proxies)).toBe(true)
    expect(isTrusted('::2', proxies)).toBe(false)
  })
  it('treats IPv4-mapped addresses as the IPv4 address, never as a bare IPv6 match', () => {
    expect(isTrusted('::ffff:10.9.8.7', proxies)).toBe(true)
    expect(isTrusted('::ffff:127.0.0.1', proxies)).toBe(true)
    expect(isTrusted('::ffff:192.0.2.1', proxies)).toBe(false)
    expect(isTrusted('::ffff:192.0.2.1', parseTrustedProxies('::/0'))).toBe(false)
    expect(isTrusted('192.0.2.1', parseTrustedProxies('::ffff:192.0.2.0/120'))).toBe(true)
  })
  it('trusts nobody by default and refuses malformed entries', () => {
    expect(parseTrustedProxies(undefined)).toEqual([])
    expect(parseTrustedProxies(' , ')).toEqual([])
    expect(isTrusted('127.0.0.1', parseTrustedProxies(''))).toBe(false)
    for (const bad of ['localhost', '10.0.0.0/33', '::/129', '10.0.0.0/8/1', '10.0.0.0/', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/)
    }
  })
})

describe('resolveClientAddress', () => {
  it('is the socket peer when the peer is not a trusted proxy, whatever the headers claim', () => {
    expect(resolveClientAddress('203.0.113.5', '198.51.100.1', '198.51.100.2', proxies)).toBe('203.0.113.5')
    expect(resolveClientAddress('::ffff:203.0.113.5', '10.0.0.1', undefined, proxies)).toBe('203.0.113.5')
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', '198.51.100.2', [])).toBe('127.0.0.1')
  })
  it('reads X-Forwarded-For from the right and stops at the first hop that is not a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.7', undefined, proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.7, 10.1.1.1', undefined, proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('10.0.0.2', ['203.0.113.1', '198.51.100.7, 10.1.1.1'], undefined, proxies)).toBe('198.51.100.7')
  })
  it('ignores what a client forged to the left of the real hop', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1, 10.0.0.9"; the proxy appended the address it saw.
    expect(resolveClientAddress('127.0.0.1', '1.1.1.1, 10.0.0.9, 198.51.100.7', undefined, proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('127.0.0.1', 'garbage, 198.51.100.7', undefined, proxies)).toBe('198.51.100.7')
  })
  it('falls back to the nearest trusted proxy when a hop is not an address or every hop is trusted', () => {
    expect(resolveClientAddress('127.0.0.1', 'not-an-ip', undefined, proxies)).toBe('127.0.0.1')
    expect(resolveClientAddress('127.0.0.1', 'not-an-ip, 10.0.0.3', undefined, proxies)).toBe('10.0.0.3')
    expect(resolveClientAddress('127.0.0.1', '10.0.0.4, 10.0.0.3', undefined, proxies)).toBe('10.0.0.4')
  })
  it('uses X-Real-IP only from a trusted proxy that sent no X-Forwarded-For', () => {
    expect(resolveClientAddress('127.0.0.1', undefined, '198.51.100.8', proxies)).toBe('198.51.100.8')
    expect(resolveClientAddress('127.0.0.1', '198.51.100.7', '198.51.100.8', proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('127.0.0.1', undefined, 'forged', proxies)).toBe('127.0.0.1')
    expect(resolveClientAddress('203.0.113.5', undefined, '198.51.100.8', proxies)).toBe('203.0.113.5')
  })
  it('gives each direct IPv6 client its own address, not one shared bucket', () => {
    expect(resolveClientAddress('2001:db9::1', undefined, undefined, proxies)).toBe('2001:db9::1')
    expect(resolveClientAddress('2001:db9::2', undefined, undefined, proxies)).toBe('2001:db9::2')
    expect(resolveClientAddress(undefined, '198.51.100.7', undefined, proxies)).toBe('unknown')
  })
})
