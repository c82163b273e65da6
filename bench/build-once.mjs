/** The benches' own build: seeds `env.DATABASE_URL` and builds into `env.NEXT_DIST_DIR`, unless a build is there. */
import fs from 'node:fs'
import path from 'node:path'

import { must } from '../scripts/run.mjs'

export async function buildOnce(env) {
  if (fs.existsSync(path.join(env.NEXT_DIST_DIR, 'BUILD_ID'))) return
  console.info(`No build in ${env.NEXT_DIST_DIR}: seeding ${env.DATABASE_URL} and building (several minutes)…`)
  Object.assign(process.env, env)
  await must('npm', ['run', 'seed'])
  await must('node', ['scripts/clear-data-cache.mjs'])
  await must('npx', ['next', 'build'])
}
