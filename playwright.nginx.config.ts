import { defineConfig } from '@playwright/test'

import baseConfig from './playwright.config'
import { nginxServer } from './e2e-nginx/server-env'

/** Smoke tests through nginx (deploy/nginx/), run by `npm test` after the main suite, on its build. */
export default defineConfig({
  ...baseConfig,
  testDir: 'e2e-nginx',
  testMatch: '**/*.nginx.spec.ts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-nginx.json' }]],
  use: { ...baseConfig.use, baseURL: nginxServer.url },
  webServer: {
    ...(baseConfig.webServer as object),
    // The app on the main suite's build, nginx in front (builds only when that build is missing).
    command: 'node scripts/e2e-nginx-server.mjs',
    url: `${nginxServer.url}/api/procedures?limit=1`,
    env: nginxServer.env,
    // nginx and the app stop cleanly (and the temporary prefix is removed) on SIGTERM.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  },
})
