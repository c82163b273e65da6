/*
 * Renders the nginx templates of deploy/nginx/ ({{NAME}} placeholders) into a folder.
 *   node deploy/render-nginx.mjs /etc/nginx/cchc SERVER_NAME=cchc.example.gov.vn \
 *     TLS_CERTIFICATE=/etc/letsencrypt/live/cchc.example.gov.vn/fullchain.pem \
 *     TLS_CERTIFICATE_KEY=/etc/letsencrypt/live/cchc.example.gov.vn/privkey.pem STATIC_DIR=/srv/cchc/.next/static
 * Several app instances: APP_SERVERS=10.0.0.11:3000,10.0.0.12:3000 (default 127.0.0.1:APP_PORT).
 * The tests and bench/serve.mjs render the same files with loopback ports and temporary folders.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const TEMPLATES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nginx')
export const TEMPLATES = ['cchc-http.conf', 'cchc-site.conf', 'cchc.conf']

export const DEFAULTS = {
  APP_PORT: '3000',
  CACHE_DIR: '/var/cache/nginx/cchc',
  ACME_ROOT: '/var/www/letsencrypt',
  ACCESS_LOG: '/var/log/nginx/cchc-access.log',
  STATIC_DIR: '/srv/cchc/.next/static',
}

/** Fills every {{NAME}} of a template; a name without a value is an error, not an empty string. */
export function fill(text, values) {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    const value = values[name]
    if (value === undefined || value === '') throw new Error(`nginx template: no value for ${name}`)
    if (/[;{}\s]/.test(value)) throw new Error(`nginx template: ${name} must not contain spaces, ';' or braces: ${value}`)
    return value
  })
}

/** The upstream's server lines: one per `host:port` of APP_SERVERS (comma-separated). */
export function upstreamServers(appServers) {
  const servers = appServers
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean)
  if (servers.length === 0) throw new Error('nginx template: APP_SERVERS lists no server')
  for (const server of servers)
    if (!/^(\[[0-9a-f:.]+\]|[\w.-]+):\d{1,5}$/i.test(server))
      throw new Error(`nginx template: APP_SERVERS entry is not host:port: ${server}`)
  return `${servers.map((server) => `server ${server} max_fails=3 fail_timeout=10s;`).join('\n')}\n`
}

/** Writes the rendered templates into `outDir` (CONF_DIR defaults to it), and the upstream's server list; returns the paths written. */
export function renderNginx(outDir, values, templates = TEMPLATES) {
  const all = { ...DEFAULTS, CONF_DIR: path.resolve(outDir), ...values }
  fs.mkdirSync(outDir, { recursive: true })
  const written = templates.map((name) => {
    const file = path.join(outDir, name)
    fs.writeFileSync(file, fill(fs.readFileSync(path.join(TEMPLATES_DIR, name), 'utf8'), all))
    return file
  })
  if (!templates.includes('cchc-http.conf')) return written
  const upstream = path.join(outDir, 'cchc-upstream.conf')
  fs.writeFileSync(upstream, upstreamServers(all.APP_SERVERS || `127.0.0.1:${all.APP_PORT}`))
  return [...written, upstream]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outDir, ...pairs] = process.argv.slice(2)
  if (!outDir || pairs.some((pair) => !pair.includes('='))) {
    console.error(
      'usage: node deploy/render-nginx.mjs OUT_DIR NAME=value … (SERVER_NAME, TLS_CERTIFICATE, TLS_CERTIFICATE_KEY, STATIC_DIR, APP_PORT or APP_SERVERS, CACHE_DIR, ACME_ROOT, ACCESS_LOG)',
    )
    process.exit(2)
  }
  const values = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]))
  for (const file of renderNginx(outDir, values)) console.info(`wrote ${file}`)
}
