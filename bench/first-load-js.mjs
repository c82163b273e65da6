/*
 * First-load JavaScript of public pages: every executable script a page's HTML carries, both the files
 * it loads (<script src>, fetched) and the inline ones (Next's RSC payload, bootstrap), gzipped at
 * level 9 and summed; noModule polyfills and JSON-LD are left out. Also the HTML itself, gzipped.
 * Public pages ship none (scripts/script-free-pages.mjs): through `npm start` or nginx every line
 * should read 0; `next dev` or a server without the filter shows what Next alone would send.
 * Usage: node bench/first-load-js.mjs [baseUrl] [path…]   (base: BASE, else http://localhost:3000; default: every page type in both languages)
 */
import { gzipSync } from 'node:zlib'

const [base = process.env.BASE || 'http://localhost:3000', ...given] = process.argv.slice(2)

/** Detail pages take the first link of their list, so the bench follows the data it is given. */
const LISTS = [
  ['/thu-tuc-hanh-chinh', '/thu-tuc-hanh-chinh/'],
  ['/dich-vu-cong-truc-tuyen', '/dich-vu-cong-truc-tuyen/'],
  ['/van-ban', '/van-ban/'],
  ['/tin-tuc', '/tin-tuc/'],
  ['/su-kien', '/su-kien/'],
  ['/gioi-thieu', '/gioi-thieu/'],
  ['/en/procedures', '/en/procedures/'],
  ['/en/documents', '/en/documents/'],
  ['/en/news', '/en/news/'],
  ['/en/events', '/en/events/'],
]
const OTHERS = [
  '/',
  '/bao-chi',
  '/duong-day-nong',
  '/chi-so',
  '/tim-kiem?q=khai+sinh',
  '/hien-thi',
  '/phan-anh-kien-nghi',
  '/phan-anh-kien-nghi/tra-cuu',
  '/phan-anh-kien-nghi/hoi-dap',
  '/en',
  '/en/press',
  '/en/contact',
  '/en/indices',
  '/en/search?q=birth',
  '/en/feedback',
]

const text = async (path) => (await fetch(new URL(path, base))).text()
async function defaultPaths() {
  const paths = [...OTHERS]
  for (const [list, prefix] of LISTS) {
    const html = await text(list)
    paths.push(list)
    const first = html.match(new RegExp(`href="(${prefix}[^"?#]+)"`))?.[1]
    if (first) paths.push(first)
  }
  return paths
}

const sizes = new Map()
async function fileSize(src) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    sizes.set(src, gzipSync(body, { level: 9 }).length)
  }
  return sizes.get(src)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const paths = given.length ? given : await defaultPaths()
let pagesWithScript = 0
console.log(`${'page'.padEnd(72)} scripts  files (gzip)  inline (gzip)  HTML (gzip)`)
for (const path of paths) {
  const html = await text(path)
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attributes]) => !/\bnoModule\b/i.test(attributes) && !/type="application\/(?:ld\+)?json"/i.test(attributes),
  )
  let files = 0
  let inline = ''
  for (const [, attributes, body] of scripts) {
    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1]
    if (src) files += await fileSize(src)
    else inline += body
  }
  const inlineGzip = inline ? gzipSync(inline, { level: 9 }).length : 0
  if (scripts.length) pagesWithScript++
  console.log(
    `${path.padEnd(72)} ${String(scripts.length).padStart(7)}  ${kb(files).padStart(12)}  ${kb(inlineGzip).padStart(13)}  ${kb(gzipSync(html, { level: 9 }).length).padStart(11)}`,
  )
}
console.log(`${paths.length} pages, ${pagesWithScript} with JavaScript`)
