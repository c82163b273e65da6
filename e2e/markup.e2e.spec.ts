import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test, type APIRequestContext } from '@playwright/test'

/** List pages, in both languages; each also gives the first detail page it links to. */
const lists = [
  '/thu-tuc-hanh-chinh',
  '/en/procedures',
  '/van-ban',
  '/en/documents',
  '/tin-tuc',
  '/en/news',
  '/su-kien',
  '/en/events',
  '/gioi-thieu',
  '/en/about',
  '/dich-vu-cong-truc-tuyen',
  '/en/online-services',
]
/** With the lists and their details: one page of every other public page type. */
const pages = [
  '/',
  '/en',
  '/tin-tuc/chuyen-muc/thong-cao-bao-chi',
  // A list's later page, with its paging.
  '/thu-tuc-hanh-chinh?trang=2',
  '/tin-tuc?trang=2',
  '/duong-day-nong',
  '/en/contact',
  '/chi-so',
  '/en/indices',
  '/bao-chi',
  '/en/press',
  '/hien-thi',
  '/en/display',
  '/tim-kiem?q=th%E1%BB%A7+t%E1%BB%A5c',
  '/en/search?q=birth',
  '/phan-anh-kien-nghi',
  '/en/feedback',
  '/phan-anh-kien-nghi/da-gui?ma=PA-ABCD1234',
  '/phan-anh-kien-nghi/tra-cuu',
  '/en/feedback/track',
  '/phan-anh-kien-nghi/hoi-dap',
  '/en/feedback/answers',
]
const missing = ['/khong-co-trang-nay', '/en/no-such-page']

/** The first detail page a list page links to: a path one segment below it. */
async function firstDetail(request: APIRequestContext, list: string) {
  const html = await (await request.get(list)).text()
  const pattern = new RegExp(`href="(${list}/(?!chuyen-muc/|category/)[^"/?#]+)"`)
  const href = html.match(pattern)?.[1]
  expect(href, `a detail link on ${list}`).toBeTruthy()
  return href!
}

type Message = { type: string; subType?: string; url: string; lastLine?: number; lastColumn?: number; message: string; extract?: string }

test('every public page type is valid HTML (Nu HTML checker)', async ({ request }) => {
  test.setTimeout(180_000)
  const details = await Promise.all(lists.map((list) => firstDetail(request, list)))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'markup-'))
  const files: string[] = []
  const targets = [...lists, ...details, ...pages].map((page) => ({ page, status: 200 }))
  targets.push(...missing.map((page) => ({ page, status: 404 })))
  for (const [index, { page, status }] of targets.entries()) {
    const response = await request.get(page)
    expect(response.status(), page).toBe(status)
    files.push(path.join(dir, `${index}.html`))
    fs.writeFileSync(files[index], await response.body())
  }

  // One JVM for all pages: vnu is slow to start.
  const jar = String(createRequire(import.meta.url)('vnu-jar'))
  const { stdout, stderr } = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  })
  fs.rmSync(dir, { recursive: true, force: true })
  // vnu writes its JSON report to stderr.
  const { messages } = JSON.parse(stderr || stdout) as { messages: Message[] }
  const pageOf = (url: string) => targets[Number(url.match(/(\d+)\.html$/)?.[1])]?.page ?? url
  // Pages are minified onto few lines: the column and the extract say where.
  const line = (m: Message) =>
    `${pageOf(m.url)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning')
  if (warnings.length) console.info(`vnu warnings:\n${warnings.map(line).join('\n')}`)
  // Errors, and "non-document-error" (vnu could not read a file). No filter is needed yet for
  // valid features this vnu release does not know; add narrow ones here, each with its reason.
  const errors = messages.filter((m) => m.type !== 'info')
  console.info(`vnu checked ${targets.length} pages: ${errors.length} errors, ${warnings.length} warnings`)
  expect(errors.map(line)).toEqual([])
})
