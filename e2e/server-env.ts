/**
 * The e2e server: its own port, database file, build folder and administrator. E2E_PORT gives a
 * second copy its own port, database and build folder, so that two suites can run side by side.
 */
const port = process.env.E2E_PORT || '3100'
const suffix = process.env.E2E_PORT ? `-${port}` : ''
const url = `http://localhost:${port}`

export const e2eServer = {
  url,
  admin: { email: 'quantri@e2e.test', password: 'mat-khau-e2e-123' },
  env: {
    PORT: port,
    SITE_URL: url,
    DATABASE_URL: `file:./data/e2e${suffix}.db`,
    NEXT_DIST_DIR: `.next-e2e${suffix}`,
    // The seed's, the build's and the server's output (scripts/e2e-server.mjs); npm test shows its end when a test fails.
    E2E_SERVER_LOG: `data/e2e${suffix}-server.log`,
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    SEED_ADMIN_EMAIL: 'quantri@e2e.test',
    SEED_ADMIN_PASSWORD: 'mat-khau-e2e-123',
    // Run due scheduled publications every 2 seconds instead of every minute.
    JOBS_CRON: '*/2 * * * * *',
    // The tests play the reverse proxy: X-Forwarded-For from this machine gives each test its own address.
    TRUSTED_PROXIES: '127.0.0.1,::1',
  },
}
