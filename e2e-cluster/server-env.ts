/**
 * Two app instances (A and B) on the main e2e suite's build and database, Redis between them, and nginx
 * (the shipped deploy/nginx/ files) load-balancing them. Ports next to the main suite's (3100 → A 3102,
 * B 3103, nginx 8102, Redis 6402), so that side-by-side copies (E2E_PORT) differ too.
 */
import { e2eServer } from '../e2e/server-env'

const base = Number(new URL(e2eServer.url).port)
const nginxPort = base + 5002

export const cluster = {
  nginxPort,
  url: `http://localhost:${nginxPort}`,
  appPorts: [base + 2, base + 3],
  redisPort: base + 3302,
  admin: e2eServer.admin,
  log: (name: string) => e2eServer.env.E2E_SERVER_LOG.replace('-server.log', `-cluster-${name}.log`),
  env: {
    ...e2eServer.env,
    SITE_URL: `http://localhost:${nginxPort}`,
    // Due jobs are looked for every second on both instances: a job run twice would show.
    JOBS_CRON: '*/1 * * * * *',
    // Only nginx, on this machine, is believed about the client address.
    TRUSTED_PROXIES: '127.0.0.1',
  },
}
