/*
 * First-load JavaScript of public pages, gzip: every <script src> a page's HTML loads, fetched and
 * gzipped (level 9), summed; noModule polyfills are left out. Usage: node bench/first-load-js.mjs [baseUrl] [path…]
 * Prints one line per page and the framework floor (chunks shared by every page).
 */
import { gzipSync } from 'node:zlib'

const [base = 'http://localhost:3000', ...given] = process.argv.slice(2)
const paths = given.length
  ? given
  : ['/', '/thu-tuc-hanh-chinh', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', '/en/procedures/dang-ky-khai-sinh']

const sizes = new Map()
async function gzipSize(src) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    sizes.set(src, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length })
  }
  return sizes.get(src)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const pages = []
for (const path of paths) {
  const html = await (await fetch(new URL(path, base))).text()
  // noModule scripts (polyfills) are skipped by every browser that runs modules.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter(([, attributes]) => !/\bnoModule\b/i.test(attributes))
    .map(([, attributes]) => attributes.match(/\bsrc="([^"]+)"/)?.[1])
    .filter(Boolean)
  let raw = 0
  let gzip = 0
  for (const src of new Set(scripts)) {
    const size = await gzipSize(src)
    raw += size.raw
    gzip += size.gzip
  }
  pages.push({ path, scripts: new Set(scripts) })
  console.log(`${path.padEnd(48)} ${String(scripts.length).padStart(3)} scripts  ${kb(raw).padStart(10)} raw  ${kb(gzip).padStart(9)} gzip`)
}
const shared = [...pages[0].scripts].filter((src) => pages.every((page) => page.scripts.has(src)))
const floor = shared.reduce((sum, src) => sum + sizes.get(src).gzip, 0)
console.log(`shared by all pages (framework floor + shared app code): ${shared.length} scripts, ${kb(floor)} gzip`)
