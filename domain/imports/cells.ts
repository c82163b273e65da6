import { foldHeader } from './columns'

/** Splits a cell into its non-empty lines (Excel's Alt+Enter, or CR LF from CSV). */
export const lines = (cell: string | undefined) =>
  (cell ?? '')
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)

/** Items of a list cell: one per line, or separated by semicolons. */
export const items = (cell: string | undefined) =>
  lines(cell)
    .flatMap((line) => line.split(';'))
    .map((item) => item.trim())
    .filter(Boolean)

const BULLET = /^(?:[-–•+*]|\d+[.)]|[a-zđ][.)])\s+/i

/** A list item without its bullet or numbering ("- ", "1. ", "a) "). */
export const unbullet = (line: string) => line.replace(BULLET, '').trim()

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: { vi: string; en: string } }
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = <T>(vi: string, en: string): Parsed<T> => ({ ok: false, reason: { vi, en } })

/** Amounts in đồng as Vietnamese write them: 200.000, 200,000, 200 000, 200000đ, 1.500.000 VNĐ. */
export function parseAmount(text: string): number | null {
  const match = /^(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:đồng|đ|vnđ|vnd)?\.?$/i.exec(text.trim())
  return match ? Number(match[1].replace(/[.,\s]/g, '')) : null
}

export type Fee = { name: string; amount: number; note?: string }

const NO_FEE = /^(?:không(?: có| thu| quy định)?|miễn(?: phí| lệ phí)?|0)$/i

/**
 * Fees of one channel: "Lệ phí: 50.000 đồng; Phí thẩm định: 200.000 đồng (nộp khi nhận kết quả)".
 * "Không", "Miễn phí" or nothing mean no fee. An amount that is not a number in đồng is refused.
 */
export function parseFees(text: string): Parsed<Fee[]> {
  const value = text.trim()
  if (!value || NO_FEE.test(value)) return ok([])
  const fees: Fee[] = []
  for (const part of value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [, body, note] = /^(.*?)(?:\s*\(([^()]*)\))?$/.exec(part)!
    const colon = body.lastIndexOf(':')
    const name = colon >= 0 ? body.slice(0, colon).trim() : 'Lệ phí'
    const amountText = colon >= 0 ? body.slice(colon + 1) : body
    if (NO_FEE.test(amountText.trim())) continue
    const amount = parseAmount(amountText)
    if (amount === null || !name) {
      return fail(
        `không đọc được phí “${part}” (ví dụ: Lệ phí: 50.000 đồng; hoặc Không)`,
        `cannot read the fee “${part}” (e.g. Lệ phí: 50.000 đồng; or Không)`,
      )
    }
    fees.push(note ? { name, amount, note: note.trim() } : { name, amount })
  }
  return ok(fees)
}

export type TimeUnit = 'working-days' | 'days' | 'hours'
export type Duration = { processingTime: number | null; timeUnit: TimeUnit }

const UNITS: [RegExp, TimeUnit][] = [
  [/^ngay lam viec$/, 'working-days'],
  [/^ngay$/, 'days'],
  [/^gio(?: lam viec)?$/, 'hours'],
]

/** A time limit: "10 ngày làm việc", "15 ngày", "24 giờ", "0,5 ngày làm việc"; "Không quy định" or nothing leave it open. */
export function parseDuration(text: string): Parsed<Duration> {
  const value = text.trim()
  if (!value || /^khong( quy dinh)?$/.test(foldHeader(value))) return ok({ processingTime: null, timeUnit: 'working-days' })
  const match = /^(\d+(?:[.,]\d+)?)\s+(.+)$/.exec(value)
  const unit = match && UNITS.find(([pattern]) => pattern.test(foldHeader(match[2])))?.[1]
  if (!match || !unit) {
    return fail(
      `không đọc được thời hạn “${value}” (ví dụ: 10 ngày làm việc, 15 ngày, 24 giờ)`,
      `cannot read the time limit “${value}” (e.g. 10 ngày làm việc, 15 ngày, 24 giờ)`,
    )
  }
  return ok({ processingTime: Number(match[1].replace(',', '.')), timeUnit: unit })
}

export type ChannelMethod = 'direct' | 'online' | 'postal'
export type Channel = Duration & { method: ChannelMethod; fees: Fee[]; note: string | null }

const METHODS: [RegExp, ChannelMethod][] = [
  [/^(?:nop )?truc tiep/, 'direct'],
  [/^(?:nop )?truc tuyen/, 'online'],
  [/^(?:qua )?(?:dich vu )?buu chinh/, 'postal'],
]

/**
 * "Cách thức thực hiện", one line per channel as the national portal's table reads:
 * `Hình thức nộp | Thời hạn giải quyết | Phí, lệ phí | Mô tả`, e.g.
 * `Trực tiếp | 10 ngày làm việc | Lệ phí: 50.000 đồng | Nộp tại bộ phận một cửa`.
 */
export function parseChannels(cell: string | undefined): Parsed<Channel[]> {
  const channels: Channel[] = []
  for (const line of lines(cell)) {
    const [methodText = '', timeText = '', feeText = '', ...noteParts] = line.split('|').map((part) => part.trim())
    const method = METHODS.find(([pattern]) => pattern.test(foldHeader(methodText)))?.[1]
    if (!method) {
      return fail(
        `không rõ hình thức nộp “${methodText}” (Trực tiếp, Trực tuyến hoặc Dịch vụ bưu chính công ích)`,
        `unknown channel “${methodText}” (Trực tiếp, Trực tuyến or Dịch vụ bưu chính công ích)`,
      )
    }
    if (channels.some((channel) => channel.method === method)) {
      return fail(`hình thức “${methodText}” có hai dòng`, `the channel “${methodText}” is given twice`)
    }
    const duration = parseDuration(timeText)
    if (!duration.ok) return duration
    const fees = parseFees(feeText)
    if (!fees.ok) return fees
    channels.push({ method, ...duration.value, fees: fees.value, note: noteParts.join(' | ') || null })
  }
  return ok(channels)
}

export type Step = { title: string; description: string | null }

const STEP = /^bước\s*\d+\s*[:.–-]?\s*/i

/**
 * "Trình tự thực hiện": lines starting "Bước 1:" open a step, the lines under it describe it; with no
 * "Bước" at all, each line is a step.
 */
export function parseSteps(cell: string | undefined): Step[] {
  const all = lines(cell)
  if (!all.some((line) => STEP.test(line))) return all.map((line) => ({ title: unbullet(line), description: null }))
  const steps: { title: string; details: string[] }[] = []
  for (const line of all) {
    if (STEP.test(line) || steps.length === 0) steps.push({ title: line.replace(STEP, '').trim() || line, details: [] })
    else steps[steps.length - 1].details.push(line)
  }
  return steps.map((step) => ({ title: step.title, description: step.details.join('\n') || null }))
}

export type DossierCase = { name: string | null; components: { name: string; originals: number; copies: number }[] }

const CASE = /^(?:trường hợp|TH\s*\d)/i
const COUNTS = /\s*\(([^()]*bản[^()]*)\)\s*$/i
const count = (text: string, kind: string) => {
  const match = new RegExp(`(\\d+)\\s*bản\\s*${kind}|bản\\s*${kind}\\s*:?\\s*(\\d+)`, 'i').exec(text)
  return match ? Number(match[1] ?? match[2]) : null
}

/**
 * "Thành phần hồ sơ": a line starting "Trường hợp" (or ending with ":") opens a case; other lines are
 * documents, with their number of copies in brackets: "Tờ khai (01 bản chính, 02 bản sao)".
 * Without counts, one original.
 */
export function parseDossier(cell: string | undefined): DossierCase[] {
  const cases: DossierCase[] = []
  for (const line of lines(cell)) {
    if (CASE.test(line) || (line.endsWith(':') && !BULLET.test(line))) {
      cases.push({ name: line.replace(/:$/, '').trim(), components: [] })
      continue
    }
    if (cases.length === 0) cases.push({ name: null, components: [] })
    const counts = COUNTS.exec(line)?.[1] ?? ''
    const name = unbullet(line.replace(COUNTS, ''))
    const originals = count(counts, 'chính')
    const copies = count(counts, 'sao')
    cases[cases.length - 1].components.push({
      name,
      originals: originals ?? (copies === null ? 1 : 0),
      copies: copies ?? 0,
    })
  }
  return cases.filter((entry) => entry.components.length > 0)
}

export type Level = 'province' | 'commune' | 'ministry' | 'other' | 'district'
const LEVELS: [RegExp, Level][] = [
  [/^(?:cap )?tinh$/, 'province'],
  [/^(?:cap )?xa$/, 'commune'],
  [/^(?:cap )?(?:bo|bo nganh|nganh)$/, 'ministry'],
  [/^(?:cap )?huyen$/, 'district'],
  [/^(?:co quan )?khac$/, 'other'],
]

/** "Cấp thực hiện": "Cấp Tỉnh, Cấp Xã", "Cấp Bộ, ngành", "Cơ quan khác". */
export function parseLevels(cell: string | undefined): Parsed<Level[]> {
  const levels = new Set<Level>()
  for (const part of (cell ?? '').split(/[,;/\n]+/)) {
    const folded = foldHeader(part)
    if (!folded) continue
    const level = LEVELS.find(([pattern]) => pattern.test(folded))?.[1]
    if (!level) {
      return fail(
        `không rõ cấp thực hiện “${part.trim()}” (Cấp tỉnh, Cấp xã, Cấp bộ, ngành, Cơ quan khác)`,
        `unknown level “${part.trim()}” (Cấp tỉnh, Cấp xã, Cấp bộ, ngành, Cơ quan khác)`,
      )
    }
    levels.add(level)
  }
  return ok([...levels])
}

export type OnlineLevel = { level: 'full' | 'partial' | 'none'; legacyLevel: '3' | '4' | null }

/**
 * "Mức độ" / "Dịch vụ công trực tuyến": toàn trình or một phần (Nghị định 42/2022), or the former
 * levels of Nghị định 43/2011: mức độ 4 ≈ toàn trình, 3 ≈ một phần, 1 and 2 are not online services.
 */
export function parseOnlineLevel(cell: string | undefined): Parsed<OnlineLevel> {
  const folded = foldHeader(cell ?? '').replace(/^(?:dich vu cong|dvc)(?: truc tuyen|tt)? ?/, '')
  if (!folded || /^(?:khong(?: co)?|muc(?: do)? [12])$/.test(folded)) return ok({ level: 'none', legacyLevel: null })
  if (/^toan trinh$/.test(folded)) return ok({ level: 'full', legacyLevel: null })
  if (/^mot phan$/.test(folded)) return ok({ level: 'partial', legacyLevel: null })
  const legacy = /^muc(?: do)? ([34])$/.exec(folded)?.[1] as '3' | '4' | undefined
  if (legacy) return ok({ level: legacy === '4' ? 'full' : 'partial', legacyLevel: legacy })
  return fail(
    `không rõ mức độ “${(cell ?? '').trim()}” (Toàn trình, Một phần, Mức độ 3, Mức độ 4 hoặc Không)`,
    `unknown online level “${(cell ?? '').trim()}” (Toàn trình, Một phần, Mức độ 3, Mức độ 4 or Không)`,
  )
}

export type ProcedureType = 'standard' | 'detailed-by-law'

/** "Loại thủ tục": TTHC tiêu chuẩn (the default) or TTHC được luật giao quy định chi tiết. */
export function parseProcedureType(cell: string | undefined): Parsed<ProcedureType> {
  const folded = foldHeader(cell ?? '')
  if (!folded || /tieu chuan/.test(folded)) return ok('standard')
  if (/luat giao|quy dinh chi tiet/.test(folded)) return ok('detailed-by-law')
  return fail(
    `không rõ loại thủ tục “${(cell ?? '').trim()}” (TTHC tiêu chuẩn hoặc TTHC được luật giao quy định chi tiết)`,
    `unknown procedure type “${(cell ?? '').trim()}”`,
  )
}

const NUMBER = /\d{1,4}[a-z]?(?:\/\d{4})?\/[\p{Lu}Đ][\p{L}\d]*(?:-[\p{L}\d]+)*|\d{1,4}-[\p{Lu}Đ][\p{L}]*\/[\p{L}\d-]+/u

/** The document number a line names ("Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 …" → 42/2022/NĐ-CP). */
export const documentNumberIn = (line: string) => NUMBER.exec(line)?.[0] ?? null

/** A number compared leniently: NĐ = ND, case and spaces ignored. */
export const numberKey = (number: string) => foldHeader(number.replace(/[/-]/g, ' ')).replace(/ /g, '')

/** The year of the first date in a line ("ngày 24/6/2022", "năm 2015"), to tell apart numbers without one. */
export const yearIn = (line: string) => Number(/(?:\d{1,2}\/\d{1,2}\/|năm\s+)(\d{4})/i.exec(line)?.[1]) || null

/** A date as editors type it (20/11/2024, 20-11-2024, 2024-11-20) → an ISO date (midnight UTC, as the seed stores days). */
export function parseDate(text: string | undefined): Parsed<string | null> {
  const value = (text ?? '').trim()
  if (!value) return ok(null)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value)
  const parts = dmy ? { day: dmy[1], month: dmy[2], year: dmy[3] } : ymd ? { day: ymd[3], month: ymd[2], year: ymd[1] } : null
  const date = parts && new Date(`${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}T00:00:00.000Z`)
  if (!parts || !date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(parts.day)) {
    return fail(`không đọc được ngày “${value}” (dạng 20/11/2024)`, `cannot read the date “${value}” (as 20/11/2024)`)
  }
  return ok(date.toISOString())
}
