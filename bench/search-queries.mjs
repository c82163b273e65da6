/*
 * The searches the benches send (bench/search.mjs, bench/scale.mjs): 200 realistic queries for
 * GET /api/search, by kind (words, document numbers and procedure codes, no match), some in English,
 * some of one type, some on page 2; and how their timings are summed up.
 */
const words = [
  'thủ tục',
  'thu tuc hanh chinh',
  'giấy phép xây dựng',
  'giay phep lai xe',
  'ĐĂNG KÝ KHAI SINH',
  'cấp lại giấy chứng nhận',
  'đất đai',
  'hộ tịch',
  'chứng thực bản sao',
  'trợ cấp xã hội',
  'doanh nghiệp',
  'hợp đồng lao động',
  'thi đua khen thưởng',
  'công chức viên chức',
  'một cửa',
  'dịch vụ công trực tuyến',
  'phản ánh kiến nghị',
  'cai cach hanh chinh',
  'chuyển đổi số',
  'bưu chính công ích',
  'lệ phí',
  'xác nhận tình trạng hôn nhân',
  'môi trường',
  'y tế',
  'giáo dục',
  'đường dây nóng',
  'lý lịch tư pháp',
  'chỉ số hài lòng',
  'par index',
  'thanh toán trực tuyến',
]
const codes = [
  '13/CT-TTg',
  '13 ct ttg',
  '107/2020/ND-CP',
  '107/2020/NĐ-CP',
  '61/2018/NĐ-CP',
  '42/2022/nđ-cp',
  '1.0011',
  '2.000908',
  '1.001193',
  '25/QĐ-TTg',
  '45/2015/NĐ-CP',
  '7/KH-UBND',
]
const rare = ['zzqqxx', 'nuôi ong mật', 'hàng không vũ trụ', 'visa du lịch']

/** The 200 searches, as paths with their query string: `{ kind, path }`. */
export function searchQueries() {
  const queries = []
  for (let i = 0; i < 200; i++) {
    const kind = i % 10 < 6 ? 'words' : i % 10 < 9 ? 'codes' : 'no match'
    const list = kind === 'words' ? words : kind === 'codes' ? codes : rare
    const params = new URLSearchParams({ q: list[(i * 7) % list.length] })
    if (i % 5 === 1) params.set('locale', 'en')
    if (i % 7 === 2) params.set('type', 'news')
    if (i % 11 === 3) params.set('page', '2')
    queries.push({ kind, path: `/api/search?${params}` })
  }
  return queries
}

/** The value at percentile `p` of `values` (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** One search through `base`: its time in ms and how many results it found. */
export async function timeSearch(base, path) {
  const start = process.hrtime.bigint()
  const response = await fetch(base + path)
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status} ${path}`)
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, total: body.totalDocs, indexing: body.indexing ?? null }
}
