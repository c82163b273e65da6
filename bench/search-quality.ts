/*
 * Search quality: the labelled queries of bench/search-quality.json (what citizens type, in both
 * languages, with and without diacritics, in Telex and VNI, with slips, synonyms and document
 * references) run against the demo content plus three public Q&A answers, through the same search as
 * the site. Prints precision@3 (the expected record among the first three), MRR, the figures by kind
 * of query, and every query that missed. Goal: ≥ 0.95 at 3.
 * Usage (from the project's root): node scripts/run-ts.mjs bench/search-quality.ts [--all]
 * Builds what it needs in a throw-away folder (no build, no server, nothing of the demo touched).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { richText } from '@/cms/seed/richText'
import { sharedContext } from '@/cms/sharedContext'

type Labelled = { kind: string; q: string; locale?: 'vi' | 'en'; expect: string }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-search-quality-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'quality.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production'
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.SEED_ADMIN_PASSWORD ??= 'bench-password-not-for-production'

const { default: config } = await import('@/cms/payload.config')
const { getPayload } = await import('payload')
const { migrateDatabase } = await import('@/cms/migrateDatabase')
const { seed } = await import('@/cms/seed')
const { runSearch } = await import('@/search/query')
const { SEARCH_INDEX_SLUG } = await import('@/search/sources')

const payload = await getPayload({ config })
const context = sharedContext({ disableRevalidate: true })
try {
  await migrateDatabase(payload)
  await seed(payload)
  // The public Q&A: answered feedback published without personal data (the seed has none).
  const answers = [
    [
      'Làm căn cước cho con dưới 14 tuổi ở đâu?',
      'Cha, mẹ hoặc người giám hộ đề nghị cấp thẻ căn cước cho trẻ dưới 14 tuổi tại Công an cấp xã nơi cư trú, hoặc trực tuyến qua ứng dụng VNeID.',
    ],
    [
      'Đăng ký khai sinh quá hạn có bị phạt không?',
      'Đăng ký khai sinh quá 60 ngày kể từ ngày sinh vẫn được thực hiện tại Ủy ban nhân dân cấp xã; người đi đăng ký có thể bị nhắc nhở hoặc xử phạt hành chính theo quy định.',
    ],
    [
      'Mất giấy phép lái xe thì xin cấp lại thế nào?',
      'Nộp đơn đề nghị cấp lại giấy phép lái xe kèm giấy khám sức khỏe tại Sở Xây dựng hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
  ]
  for (const [publicQuestion, answer] of answers)
    await payload.create({
      collection: 'feedback',
      data: {
        name: 'Người gửi thử',
        subject: publicQuestion,
        message: publicQuestion,
        status: 'answered',
        answer: richText([answer]),
        publicQuestion,
        publishAnswer: true,
      } as never,
      context,
    })

  const { queries } = JSON.parse(fs.readFileSync('bench/search-quality.json', 'utf8')) as { queries: Labelled[] }
  const { docs: entries } = await payload.find({
    collection: SEARCH_INDEX_SLUG,
    pagination: false,
    depth: 0,
    select: { type: true, slug: true, titleVi: true },
  })
  const idOf = (expect: string) => {
    const [, type, separator, key] = /^([a-z-]+)([/:])(.+)$/.exec(expect) ?? []
    const found = entries.filter((entry) => entry.type === type && (separator === '/' ? entry.slug === key : entry.titleVi === key))
    if (found.length !== 1) throw new Error(`search-quality.json: "${expect}" names ${found.length} records, not one`)
    return String(found[0].id)
  }

  const rows: { kind: string; rank: number; q: string; locale: string; expect: string; got: string[]; ms: number }[] = []
  for (const { kind, q, locale = 'vi', expect } of queries) {
    const started = performance.now()
    const result = await runSearch(payload, { q, locale, limit: 10 })
    const ms = performance.now() - started
    const ids = result.docs.map((doc) => doc.id)
    const rank = ids.indexOf(idOf(expect)) + 1
    rows.push({ kind, rank, q, locale, expect, got: result.docs.slice(0, 3).map((doc) => `${doc.type}: ${doc.title}`), ms })
  }

  const summary = (list: typeof rows) => ({
    queries: list.length,
    at1: list.filter((row) => row.rank === 1).length / list.length,
    at3: list.filter((row) => row.rank >= 1 && row.rank <= 3).length / list.length,
    mrr: list.reduce((sum, row) => sum + (row.rank ? 1 / row.rank : 0), 0) / list.length,
  })
  const format = (n: number) => n.toFixed(3)
  const all = summary(rows)
  console.info(`search quality: ${all.queries} labelled queries over ${entries.length} records`)
  console.info(`  precision@1 ${format(all.at1)}   precision@3 ${format(all.at3)} (goal ≥ 0.95)   MRR ${format(all.mrr)}`)
  console.info('\n  kind            queries   @1      @3      MRR')
  for (const kind of [...new Set(rows.map((row) => row.kind))]) {
    const each = summary(rows.filter((row) => row.kind === kind))
    console.info(
      `  ${kind.padEnd(15)} ${String(each.queries).padStart(7)}   ${format(each.at1)}   ${format(each.at3)}   ${format(each.mrr)}`,
    )
  }
  const times = rows.map((row) => row.ms).sort((a, b) => a - b)
  console.info(
    `\n  time per query (in process): median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
  )
  // --all lists every query not ranked first, not only those outside the first three.
  const misses = rows.filter((row) => !row.rank || row.rank > (process.argv.includes('--all') ? 1 : 3))
  console.info(`\n  ${misses.length} queries missed the first ${process.argv.includes('--all') ? 'place' : 'three'}:`)
  for (const row of misses)
    console.info(
      `  ✗ [${row.kind}, ${row.locale}] "${row.q}" → expected ${row.expect} (rank ${row.rank || 'none'}); got:\n      ${row.got.join('\n      ') || '(nothing)'}`,
    )
} finally {
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
