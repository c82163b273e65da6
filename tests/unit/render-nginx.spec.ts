import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { renderNginx, upstreamServers } from '@/deploy/render-nginx.mjs'

describe('the upstream of app instances (deploy/render-nginx.mjs)', () => {
  it('writes one server line per instance of APP_SERVERS, each skipped for 10 s after 3 failures', () => {
    expect(upstreamServers('10.0.0.11:3000, 10.0.0.12:3000')).toBe(
      'server 10.0.0.11:3000 max_fails=3 fail_timeout=10s;\nserver 10.0.0.12:3000 max_fails=3 fail_timeout=10s;\n',
    )
    expect(upstreamServers('[::1]:3000')).toBe('server [::1]:3000 max_fails=3 fail_timeout=10s;\n')
  })

  it('refuses an entry that is not host:port, or none (nginx would fail later, or be told to proxy to a directive)', () => {
    expect(() => upstreamServers('')).toThrow(/lists no server/)
    expect(() => upstreamServers('10.0.0.11')).toThrow(/not host:port/)
    expect(() => upstreamServers('10.0.0.11:3000; evil on')).toThrow(/not host:port/)
  })

  it('defaults to the one instance on APP_PORT, included by the upstream block', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-render-'))
    renderNginx(dir, { APP_PORT: '3005', CACHE_DIR: '/tmp/c', STATIC_DIR: '/tmp/s' }, ['cchc-http.conf'])
    expect(fs.readFileSync(path.join(dir, 'cchc-upstream.conf'), 'utf8')).toBe('server 127.0.0.1:3005 max_fails=3 fail_timeout=10s;\n')
    expect(fs.readFileSync(path.join(dir, 'cchc-http.conf'), 'utf8')).toContain(`include ${dir}/cchc-upstream.conf;`)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
