/*
 * Before a build: forget the data cache of the previous one. Page data comes from the database through
 * unstable_cache, and its entries outlive builds; a database changed while no server ran (a new seed)
 * would otherwise be built from stale entries. Turbopack's compile cache stays.
 */
import fs from 'node:fs'
import path from 'node:path'

const dir = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'cache', 'fetch-cache')
fs.rmSync(dir, { recursive: true, force: true })
