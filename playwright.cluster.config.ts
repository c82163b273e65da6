import { defineConfig } from '@playwright/test'

import baseConfig from './playwright.config'
import { cluster } from './e2e-cluster/server-env'

/**
 * Two app instances, Redis and nginx (e2e-cluster/), run by `npm test` after the nginx suite, on the
 * main suite's build and database. The test starts and stops every process itself (it stops some of
 * them on purpose), so there is no webServer here.
 */
export default defineConfig({
  ...baseConfig,
  testDir: 'e2e-cluster',
  testMatch: '**/*.cluster.spec.ts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-cluster.json' }]],
  use: { ...baseConfig.use, baseURL: cluster.url },
  webServer: undefined,
})
