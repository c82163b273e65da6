/*
 * Fills the bench database (DATABASE_URL) with the seed plus generated documents, up to TOTAL, through
 * the Local API, so the search index is built by the same hooks as in production.
 * Run by bench/search.mjs: DATABASE_URL=file:./data/bench-search.db node scripts/run-ts.mjs bench/search-corpus.ts [total]
 * Refuses the demo's database (bench/bench-database.ts).
 */
import './bench-database'
import { getPayload } from 'payload'

import config from '@/cms/payload.config'
import { releaseStatements } from '@/cms/releaseStatements'
import { sharedContext } from '@/cms/sharedContext'
import { richText } from '@/cms/seed/richText'
import { slugify } from '@/domain/slugify'
import { seed } from '@/cms/seed'
import { SEARCH_INDEX_SLUG } from '@/search/sources'

const TOTAL = Number(process.argv[2] ?? 10_000)
const context = sharedContext({ disableRevalidate: true })

// A small deterministic PRNG, so every run indexes the same corpus.
let state = 20221
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
const sentence = (parts: readonly (readonly string[])[]) => parts.map(pick).join(' ')

const FIELDS = [
  'Hộ tịch',
  'Đất đai',
  'Xây dựng',
  'Giáo dục và đào tạo',
  'Y tế',
  'Lao động, tiền lương',
  'Đường bộ',
  'Tư pháp',
  'Nội vụ',
  'Tài nguyên và môi trường',
  'Văn hóa',
  'Thuế',
  'Đầu tư',
  'Doanh nghiệp',
  'Nông nghiệp',
  'Thi đua, khen thưởng',
  'Công chức, viên chức',
  'Bảo trợ xã hội',
]
const ACTIONS = [
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Gia hạn',
  'Điều chỉnh',
  'Thu hồi',
  'Đăng ký',
  'Đăng ký lại',
  'Xác nhận',
  'Thẩm định',
  'Phê duyệt',
  'Công nhận',
  'Chứng thực',
]
const OBJECTS = [
  'giấy phép xây dựng',
  'giấy chứng nhận quyền sử dụng đất',
  'giấy phép lái xe',
  'giấy khai sinh',
  'giấy chứng nhận đăng ký doanh nghiệp',
  'chứng chỉ hành nghề',
  'giấy phép hoạt động',
  'bản sao từ sổ gốc',
  'giấy xác nhận tình trạng hôn nhân',
  'hồ sơ thi đua khen thưởng',
  'phương án bảo vệ môi trường',
  'danh hiệu gia đình văn hóa',
  'trợ cấp xã hội hằng tháng',
  'hợp đồng lao động',
]
const TAILS = [
  'cho công dân Việt Nam',
  'cho tổ chức, doanh nghiệp',
  'tại cấp tỉnh',
  'tại cấp xã',
  'có yếu tố nước ngoài',
  'trong trường hợp bị mất, hỏng',
  'theo quy trình rút gọn',
  '',
]
const BODY = [
  ['Người dân', 'Tổ chức, cá nhân', 'Doanh nghiệp', 'Cán bộ, công chức', 'Bộ phận một cửa'],
  ['nộp hồ sơ', 'tra cứu kết quả', 'thanh toán phí, lệ phí', 'nhận kết quả', 'được hướng dẫn', 'phản ánh, kiến nghị'],
  [
    'trực tuyến trên Cổng Dịch vụ công quốc gia',
    'qua dịch vụ bưu chính công ích',
    'trực tiếp tại Trung tâm Phục vụ hành chính công',
    'theo quy định của pháp luật',
    'trong thời hạn 05 ngày làm việc',
    'đúng hẹn, công khai, minh bạch',
  ],
  [
    'nhằm đẩy mạnh cải cách hành chính.',
    'góp phần nâng cao chỉ số hài lòng.',
    'theo Nghị định 61/2018/NĐ-CP.',
    'phù hợp với chuyển đổi số.',
    'để giảm thời gian đi lại.',
    'bảo đảm an toàn dữ liệu cá nhân.',
  ],
] as const
const ISSUERS = [
  ['NĐ-CP', 'nghi-dinh'],
  ['QĐ-TTg', 'quyet-dinh'],
  ['CT-TTg', 'chi-thi'],
  ['TT-BNV', 'thong-tu'],
  ['QĐ-UBND', 'quyet-dinh'],
  ['KH-UBND', 'ke-hoach'],
  ['NQ-HĐND', 'nghi-quyet'],
] as const

const paragraphs = (count: number) => Array.from({ length: count }, () => `${sentence(BODY)} ${sentence(BODY)} ${sentence(BODY)}`)

const payload = await getPayload({ config })
const { admin } = await seed(payload)
if (admin?.generated) console.info(`bench/search-corpus: administrator ${admin.email} / ${admin.password} (kept in ${admin.file})`)
const agency = (await payload.find({ collection: 'agencies', limit: 1, depth: 0 })).docs[0].id
const category = (await payload.find({ collection: 'news-categories', limit: 1, depth: 0 })).docs[0].id
let count = (await payload.count({ collection: SEARCH_INDEX_SLUG })).totalDocs
const started = Date.now()
let batchStarted = started
// n goes on from the entries already there, so a corpus can be extended without reusing a slug or a code.
for (let n = count; count < TOTAL; n++) {
  const kind = n % 10
  const when = new Date(Date.UTC(2010 + (n % 16), n % 12, 1 + (n % 28))).toISOString()
  if (kind < 3) {
    const name = `${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(TAILS)}`.trim()
    const level = pick(['full', 'partial', 'none'] as const)
    await payload.create({
      collection: 'procedures',
      data: {
        code: `${1 + (n % 2)}.${String(100000 + n).padStart(6, '0')}`,
        name,
        slug: `${slugify(name)}-${n}`,
        field: pick(FIELDS),
        implementingAgency: agency,
        onlineService: { level },
        // An online level needs an online channel (domain/procedures/onlineService.ts).
        channels: [{ method: level === 'none' ? 'direct' : 'online', processingTime: 5, timeUnit: 'working-days' }],
        description: paragraphs(2).join('\n'),
        steps: [
          { title: 'Nộp hồ sơ', description: sentence(BODY) },
          { title: 'Nhận kết quả', description: sentence(BODY) },
        ],
        requirements: sentence(BODY),
        _status: 'published',
      },
      context,
    })
  } else if (kind < 5) {
    const [suffix, documentType] = pick(ISSUERS)
    const year = 2005 + (n % 20)
    await payload.create({
      collection: 'legal-documents',
      data: {
        number: suffix.includes('CP') || suffix.includes('TT-') ? `${n}/${year}/${suffix}` : `${n}/${suffix}`,
        numberConfirmed: true,
        slug: `van-ban-${n}`,
        documentType,
        title: `Về việc ${pick(ACTIONS).toLowerCase()} ${pick(OBJECTS)} trong lĩnh vực ${pick(FIELDS).toLowerCase()} (${n})`,
        issuer: agency,
        issuedAt: `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        summary: sentence(BODY),
        fullText: richText(paragraphs(4)),
        _status: 'published',
      } as never,
      context,
    })
  } else {
    await payload.create({
      collection: 'news',
      data: {
        title: `${pick(FIELDS)}: ${sentence(BODY)} (${n})`,
        slug: `tin-${n}`,
        kind: 'news',
        excerpt: sentence(BODY),
        body: richText(paragraphs(5)),
        categories: [category],
        publishedAt: when,
        _status: 'published',
      } as never,
      context,
    })
  }
  count++
  await releaseStatements()
  if (count % 1000 === 0) {
    // bench/scale.mjs reads these lines: the time of each 1,000 writes and the writer's memory.
    const now = Date.now()
    const { rss, heapUsed } = process.memoryUsage()
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20)
    console.info(
      `corpus: ${count} documents (${((now - started) / 1000).toFixed(0)} s; last 1000 in ${((now - batchStarted) / 1000).toFixed(1)} s; rss ${mib(rss)} MiB, heap ${mib(heapUsed)} MiB)`,
    )
    batchStarted = now
  }
}
console.info(`corpus: ${(await payload.count({ collection: SEARCH_INDEX_SLUG })).totalDocs} documents in the search index`)
await payload.destroy()
process.exit(0)
