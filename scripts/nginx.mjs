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
// Debian installs it in /usr/sbin, which is not on every user's PATH.
const NGINX = process.env.NGINX_PATH || (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')
export const hasNginx = () => spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status === 0
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
function renderSite(dir, { appPorts, staticDir }) {
  renderNginx(
    path.join(dir, 'conf'),
    {
      APP_SERVERS: appPorts.map((port) => `127.0.0.1:${port}`).join(','),
      CACHE_DIR: path.join(dir, 'cache'),
      STATIC_DIR: path.resolve(staticDir),
    },
    ['cchc-http.conf', 'cchc-site.conf'],
  )
  if (!hasBrotli()) {
    const site = path.join(dir, 'conf/cchc-site.conf')
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/^\s*brotli\w*\s[^;]*;\n/gm, ''))
  }
}

/** Whether something accepts connections on 127.0.0.1:`port` (also scripts/cluster.mjs). */
export const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true))
    socket.on('error', () => resolve(false))
  })

/** Runs nginx on `dir`/nginx.conf as a child process; resolves once `port` accepts connections. */
async function spawnNginx(dir, port) {
  const child = spawn(NGINX, ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] })
  let exited = null
  child.on('exit', (code) => (exited = code ?? 'signal'))
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) {
    if (exited !== null) throw new Error(`nginx exited (${exited}); see ${path.join(dir, 'error.log')}:\n${readLog(dir)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    dir,
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

const tempPrefix = (name) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), name))
  // Workers (nobody when started as root) read the prefix and write the cache below it.
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  return dir
}

/**
 * Starts nginx with the site on 127.0.0.1:`port` in front of the app on `appPort` (or the instances
 * on `appPorts`); `extraServers` are more server blocks (bench/serve.mjs serves a static copy with
 * one). Resolves once it listens.
 */
/** @param {{ port: number, appPort?: number, appPorts?: number[], staticDir: string, extraServers?: string, accessLog?: boolean }} options */
export async function startNginx({ port, appPort, appPorts = [appPort], staticDir, extraServers = '', accessLog = true }) {
  const dir = tempPrefix('cchc-nginx-')
  renderSite(dir, { appPorts, staticDir })
  const site = `    include ${path.join(dir, 'conf/cchc-http.conf')};
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${path.join(dir, 'conf/cchc-site.conf')};
    }
${extraServers}`
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, site, { accessLog }))
  return { ...(await spawnNginx(dir, port)), url: `http://localhost:${port}` }
}

export const PRODUCTION_HOST = 'cchc.example.gov.vn'

/** The production file set (deploy/nginx/cchc.conf) with a self-signed certificate, in a main file like Debian's. */
function renderProduction(dir, { appPort = 3000, staticDir = path.join(dir, 'static') } = {}) {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${PRODUCTION_HOST}`,
    ],
    { encoding: 'utf8' },
  )
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`)
  renderNginx(path.join(dir, 'conf'), {
    SERVER_NAME: PRODUCTION_HOST,
    TLS_CERTIFICATE: cert,
    TLS_CERTIFICATE_KEY: key,
    APP_PORT: String(appPort),
    CACHE_DIR: path.join(dir, 'cache'),
    STATIC_DIR: path.resolve(staticDir),
    ACME_ROOT: path.join(dir, 'acme'),
    ACCESS_LOG: path.join(dir, 'site-access.log'),
  })
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, `    include ${path.join(dir, 'conf/cchc.conf')};`))
}

/** `nginx -t` of the production file set as shipped (ports 80 and 443 are not bound by a test). */
export function checkProductionConfig() {
  const dir = tempPrefix('cchc-nginx-t-')
  renderProduction(dir)
  const result = spawnSync(NGINX, ['-t', '-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  fs.rmSync(dir, { recursive: true, force: true })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** The production file set running, its ports 80 and 443 moved to loopback `httpPort` and `httpsPort`. */
export async function startProduction({ httpPort, httpsPort, appPort, staticDir }) {
  const dir = tempPrefix('cchc-nginx-tls-')
  renderProduction(dir, { appPort, staticDir })
  const servers = path.join(dir, 'conf/cchc.conf')
  const moved = fs
    .readFileSync(servers, 'utf8')
    .replace(/^\s*listen \[::\]:.*\n/gm, '')
    .replace(/listen 80\b/g, `listen 127.0.0.1:${httpPort}`)
    .replace(/listen 443\b/g, `listen 127.0.0.1:${httpsPort}`)
  fs.writeFileSync(servers, moved)
  return spawnNginx(dir, httpsPort)
}

const readLog = (dir) => {
  try {
    return fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
  } catch {
    return ''
  }
}
