/*
 * Lighthouse (mobile, the default emulation) on public pages of a running server, with Debian's Chromium.
 * Prints performance, accessibility, best practices and SEO per page (budgets: ≥95, 100, 100, 100).
 * Usage: node bench/lighthouse.mjs [baseUrl] [path…]
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const [base = 'http://localhost:3000', ...given] = process.argv.slice(2)
const paths = given.length
  ? given
  : ['/', '/thu-tuc-hanh-chinh', '/thu-tuc-hanh-chinh/cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam', '/en/procedures/dang-ky-khai-sinh']

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  console.log('page'.padEnd(72), 'perf  a11y  best  seo')
  for (const path of paths) {
    const result = await lighthouse(new URL(path, base).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    const { categories, audits } = result.lhr
    const score = (id) => String(Math.round((categories[id].score ?? 0) * 100)).padStart(4)
    console.log(path.padEnd(72), score('performance'), score('accessibility'), score('best-practices'), score('seo'))
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id]
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${id}: ${audit.id}: ${audit.title}`)
      }
    }
  }
} finally {
  await chrome.kill()
}
