/*
 * The shipped nginx configuration (deploy/nginx/) on loopback, for the tests and bench/serve.mjs: the
 * same http- and server-context files, rendered with temporary folders and non-privileged ports into
 * their own prefix, run as a child process (daemon off) that the caller stops.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { renderNginx } from '../deploy/render-nginx.mjs'

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'
export const hasNginx = () => spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0
export const hasBrotli = () => fs.existsSync(BROTLI_MODULE)

/** A main nginx.conf around `servers`, everything inside `dir`. */
function mainConf(dir, servers, { accessLog = true } = {}) {
  const p = (name) => path.join(dir, name)
  return `daemon off;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
worker_processes ${Math.min(2, os.availableParallelism())};
${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
${hasBrotli() ? `load_module ${BROTLI_MODULE};` : ''}
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log ${accessLog ? `${p('access.log')} combined buffer=64k flush=1s` : 'off'};
    client_body_temp_path ${p('tmp/body')};
    proxy_temp_path ${p('tmp/proxy')};
    fastcgi_temp_path ${p('tmp/fastcgi')};
    uwsgi_temp_path ${p('tmp/uwsgi')};
    scgi_temp_path ${p('tmp/scgi')};
${servers}
}
`
}

/** Renders the site files into `dir`; without Debian's brotli module its directives are left out. */
function renderSite(dir, { appPort, staticDir }) {
  renderNginx(path.join(dir, 'conf'), { APP_PORT: String(appPort), CACHE_DIR: path.join(dir, 'cache'), STATIC_DIR: path.resolve(staticDir) }, ['cchc-http.conf', 'cchc-site.conf'])
  if (!hasBrotli()) {
    const site = path.join(dir, 'conf/cchc-site.conf')
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/^\s*brotli\w*\s[^;]*;\n/gm, ''))
  }
}

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true))
    socket.on('error', () => resolve(false))
  })

/**
 * Starts nginx with the site on 127.0.0.1:`port` in front of the app on `appPort`; `extraServers` are
 * more server blocks (bench/serve.mjs serves a static copy with one). Resolves once it listens.
 */
export async function startNginx({ port, appPort, staticDir, extraServers = '', accessLog = true, dir }) {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-nginx-'))
  // Workers (nobody when started as root) read the prefix and write the cache below it.
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  renderSite(dir, { appPort, staticDir })
  const site = `    include ${path.join(dir, 'conf/cchc-http.conf')};
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${path.join(dir, 'conf/cchc-site.conf')};
    }
${extraServers}`
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, site, { accessLog }))
  const child = spawn('nginx', ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] })
  let exited = null
  child.on('exit', (code) => (exited = code ?? 'signal'))
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) {
    if (exited !== null) throw new Error(`nginx exited (${exited}); see ${path.join(dir, 'error.log')}:\n${readLog(dir)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    dir,
    url: `http://localhost:${port}`,
    child,
    /** Fast shutdown of the master and its workers; resolves when it has exited. */
    stop: () =>
      new Promise((resolve) => {
        if (exited !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

const readLog = (dir) => {
  try {
    return fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
  } catch {
    return ''
  }
}

/**
 * `nginx -t` of the production file set (deploy/nginx/cchc.conf: TLS, HTTP → HTTPS, default server)
 * with a self-signed certificate, in a main file like Debian's. Returns nginx's status and output.
 */
export function checkProductionConfig(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-nginx-t-'))) {
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=cchc.example.gov.vn'], { encoding: 'utf8' })
  if (made.status !== 0) return { status: made.status, output: made.stderr }
  renderNginx(path.join(dir, 'conf'), {
    SERVER_NAME: 'cchc.example.gov.vn',
    TLS_CERTIFICATE: cert,
    TLS_CERTIFICATE_KEY: key,
    CACHE_DIR: path.join(dir, 'cache'),
    STATIC_DIR: path.join(dir, 'static'),
    ACME_ROOT: path.join(dir, 'acme'),
  })
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, `    include ${path.join(dir, 'conf/cchc.conf')};`))
  const result = spawnSync('nginx', ['-t', '-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
