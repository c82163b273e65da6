/*
 * Renders the nginx templates of deploy/nginx/ ({{NAME}} placeholders) into a folder.
 *   node deploy/render-nginx.mjs /etc/nginx/cchc SERVER_NAME=cchc.example.gov.vn \
 *     TLS_CERTIFICATE=/etc/letsencrypt/live/cchc.example.gov.vn/fullchain.pem \
 *     TLS_CERTIFICATE_KEY=/etc/letsencrypt/live/cchc.example.gov.vn/privkey.pem STATIC_DIR=/srv/cchc/.next/static
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

/** Writes the rendered templates into `outDir` (CONF_DIR defaults to it); returns the paths written. */
export function renderNginx(outDir, values, templates = TEMPLATES) {
  const all = { ...DEFAULTS, CONF_DIR: path.resolve(outDir), ...values }
  fs.mkdirSync(outDir, { recursive: true })
  return templates.map((name) => {
    const file = path.join(outDir, name)
    fs.writeFileSync(file, fill(fs.readFileSync(path.join(TEMPLATES_DIR, name), 'utf8'), all))
    return file
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outDir, ...pairs] = process.argv.slice(2)
  if (!outDir || pairs.some((pair) => !pair.includes('='))) {
    console.error(
      'usage: node deploy/render-nginx.mjs OUT_DIR NAME=value … (SERVER_NAME, TLS_CERTIFICATE, TLS_CERTIFICATE_KEY, STATIC_DIR, APP_PORT, CACHE_DIR, ACME_ROOT)',
    )
    process.exit(2)
  }
  const values = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]))
  for (const file of renderNginx(outDir, values)) console.info(`wrote ${file}`)
}
