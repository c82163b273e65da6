import { chromium } from '@playwright/test'
const [,, url, out, width = '1280', js = 'on'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === 'on' })
const res = await page.goto(url, { waitUntil: 'networkidle' })
console.log(res.status(), await page.title())
await page.screenshot({ path: out, fullPage: true })
await browser.close()
