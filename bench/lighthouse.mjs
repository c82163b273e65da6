/*
 * Lighthouse (mobile, the default emulation) on public pages of a running server, with Debian's Chromium.
 * Prints performance, accessibility, best practices and SEO per page (budgets: ≥98, 100, 100, 100), the
 * largest contentful paint, total blocking time, layout shift and the bytes the page loaded; LIGHTHOUSE_RUNS=3 runs each page three times and prints the medians
 * (performance and LCP) with every run's figures, for a busy machine.
 * Usage: node bench/lighthouse.mjs [baseUrl] [path…]   (base: BASE, else http://localhost:3000)
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const [base = process.env.BASE || 'http://localhost:3000', ...given] = process.argv.slice(2)
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
  console.log('page'.padEnd(72), 'perf  a11y  best  seo   LCP s  TBT ms   CLS  bytes KB')
  for (const path of paths) {
    const runs = []
    for (let run = 0; run < Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 1)); run++) {
      const result = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      runs.push(result.lhr)
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const perf = runs.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100))
    const lcp = runs.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue / 1000)
    const { categories, audits } = runs[0]
    const score = (id) => String(Math.round((categories[id].score ?? 0) * 100)).padStart(4)
    const all = runs.length > 1 ? `   (runs: perf ${perf.join(' ')}, LCP ${lcp.map((s) => s.toFixed(2)).join(' ')})` : ''
    console.log(
      path.padEnd(72),
      String(median([...perf])).padStart(4),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      median([...lcp])
        .toFixed(2)
        .padStart(7),
      String(Math.round(median(runs.map((lhr) => lhr.audits['total-blocking-time'].numericValue)))).padStart(7),
      median(runs.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue))
        .toFixed(3)
        .padStart(5),
      (audits['total-byte-weight'].numericValue / 1024).toFixed(1).padStart(9) + all,
    )
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
