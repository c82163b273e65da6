/*
 * Runs a TypeScript CLI of the project (seed, migrate) with plain Node: esbuild bundles our code into
 * one ESM file and packages stay external. TS loaders that hook Node's module resolution off-thread
 * (tsx, and so `payload run`) make Node 20 exit silently half the time before the script runs.
 * Usage: node scripts/run-ts.mjs cms/seed/cli.ts [args…]
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

/**
 * Packages bundled into the CLI instead of imported by Node: importing @payloadcms/richtext-lexical
 * natively on Node 20 ends with an unsettled top-level await (exit 13) about half the time.
 */
const BUNDLED = ['@payloadcms/richtext-lexical']

function externalPackagesExcept(bundled) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => {
        // `@/…` is the project's own root (tsconfig.json paths), resolved and bundled by esbuild.
        if (specifier.startsWith('@/')) return undefined
        if (bundled.some((name) => specifier === name || specifier.startsWith(`${name}/`))) return undefined
        return { path: specifier, external: true }
      })
    },
  }
}

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
  process.exit(2)
}
const outdir = path.resolve('node_modules/.cache/cchc-cli')
fs.mkdirSync(outdir, { recursive: true })
// Named after the entry's whole path (cms/seed/cli.ts → cms-seed-cli.mjs): two CLIs run at once never share a bundle.
const outfile = path.join(outdir, `${path.relative(process.cwd(), path.resolve(entry)).replace(/\.ts$/, '').replace(/[\\/]/g, '-')}.mjs`)
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalPackagesExcept(BUNDLED)],
  sourcemap: 'inline',
  logLevel: 'warning',
})
process.argv = [process.argv[0], outfile, ...args]
await import(pathToFileURL(outfile).href)
