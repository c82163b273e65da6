import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts'),
      // `@/x` is the project's root, as in tsconfig.json (it never matches `@payloadcms/…`).
      '@': import.meta.dirname,
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.spec.ts'],
    // Fails the run if a test wrote to the demo's database, login or media (tests/demo-data-guard.ts).
    globalSetup: ['tests/demo-data-guard.ts', 'tests/migrated-template.ts'],
    setupFiles: ['tests/isolate-env.ts'],
    // Each file boots Payload on its own throw-away SQLite file (MongoDB database with TEST_MONGODB_URL: tests/isolate-env.ts).
    pool: 'forks',
    // One worker per core: the main process mostly waits (vitest's default keeps a core for it, which is one worker on CI's two).
    maxWorkers: os.availableParallelism(),
    // The AWS SDK's one-line notice on Node 20 (its versions after January 2027 need Node 22; README, S3):
    // for an operator, not a line of a passing test run.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
