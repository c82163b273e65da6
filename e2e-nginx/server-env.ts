/**
 * The stack under test: nginx (the shipped deploy/nginx/ files) on NGINX_E2E_PORT in front of the
 * production server on NGINX_E2E_APP_PORT, on the main e2e suite's build and database (run after it,
 * so `npm test` builds once). SITE_URL is the nginx origin, as in production: Payload's CSRF check and
 * Next's server actions compare the browser's Origin with it and with the Host nginx passes on.
 */
import { e2eServer } from '../e2e/server-env'

// Next to the main suite's port (3100 → app 3101, nginx 8101), so that side-by-side copies differ too.
const base = Number(new URL(e2eServer.url).port)
const port = process.env.NGINX_E2E_PORT || String(base + 5001)
const appPort = process.env.NGINX_E2E_APP_PORT || String(base + 1)
const url = `http://localhost:${port}`

export const nginxServer = {
  url,
  appUrl: `http://127.0.0.1:${appPort}`,
  admin: e2eServer.admin,
  env: {
    ...e2eServer.env,
    PORT: appPort,
    NGINX_PORT: port,
    SITE_URL: url,
    LISTEN_ADDRESS: '127.0.0.1',
    INTERNAL_URL: `http://127.0.0.1:${appPort}`,
    DATABASE_URL: process.env.NGINX_E2E_DATABASE_URL || e2eServer.env.DATABASE_URL,
    NEXT_DIST_DIR: process.env.NGINX_E2E_DIST_DIR || e2eServer.env.NEXT_DIST_DIR,
    E2E_SERVER_LOG: e2eServer.env.E2E_SERVER_LOG.replace('-server.log', '-nginx-app.log'),
    // Only nginx, on this machine, is believed about the client address.
    TRUSTED_PROXIES: '127.0.0.1',
  },
}
