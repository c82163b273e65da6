import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import iconv from 'iconv-lite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { PROCEDURE_SAMPLE_ERRORS, PROCEDURE_SAMPLE_GOOD } from '@/imports/samples/procedures'
import { bootPayload, context, mongoTransactions, onMongo } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let runImport: typeof import('@/imports/run').runImport
let decree42: string

const sample = (name: string) => fs.readFileSync(`docs/import/${name}`)
const run = (
  kind: 'procedures' | 'legal-documents' | 'redirects',
  bytes: Buffer,
  options: { dryRun?: boolean; publish?: boolean; sqliteBatches?: boolean } = {},
) => runImport(payload, kind, bytes, { dryRun: false, publish: false, context, ...options })
const imported = () =>
  payload.find({ collection: 'procedures', where: { code: { like: '1.0130' } }, draft: true, pagination: false, depth: 0 })

/** Windows-1258 as Excel writes it: base letters precomposed (ă â ê ô ơ ư đ), tones as combining marks. */
const windows1258 = (text: string) =>
  iconv.encode(
    [...text.normalize('NFC')]
      .map((char) => {
        const parts = char.normalize('NFD')
        const tones = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '')
        return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') + tones
      })
      .join(''),
    'windows1258',
  )

/** A ZIP whose central directory declares one entry of `size` bytes (nothing is really compressed). */
function zipDeclaring(size: number) {
  const local = Buffer.from('PK\x03\x04', 'latin1')
  const central = Buffer.alloc(46 + 1)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(1, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(local.length, 16)
  return Buffer.concat([local, central, end])
}

beforeAll(async () => {
  ;({ payload, cleanup, dir } = await bootPayload())
  ;({ runImport } = await import('@/imports/run'))
  for (const name of ['Sở Tư pháp', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Nội vụ', 'Ủy ban nhân dân cấp xã', 'Chính phủ']) {
    await payload.create({ collection: 'agencies', data: { name, kind: 'department' }, context })
  }
  const government = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Chính phủ' } } })).docs[0].id
  decree42 = String(
    (
      await payload.create({
        collection: 'legal-documents',
        data: {
          number: '42/2022/NĐ-CP',
          documentType: 'nghi-dinh',
          title: 'Nghị định về dịch vụ công trực tuyến',
          issuer: government,
          issuedAt: '2022-06-24',
          _status: 'published',
        },
        context,
      })
    ).id,
  )
}, 120_000)

afterAll(() => cleanup())

describe('procedure import of the sample file', () => {
  it('dry run: reports every row, each error with its row, column and reason, and writes nothing', async () => {
    const report = await run('procedures', sample('thu-tuc-hanh-chinh-mau.xlsx'), { dryRun: true })
    expect(report.fileError).toBeNull()
    // Written in a batch (MongoDB: a transaction per row) and rolled back: the portal's own rules judged
    // each row. A standalone MongoDB has no transactions: the dry run compares instead (imports/transactions.ts).
    expect(report.validated).toBe(!onMongo || mongoTransactions(payload))
    expect(report.total).toBe(PROCEDURE_SAMPLE_GOOD + PROCEDURE_SAMPLE_ERRORS.length)
    expect(report.total).toBeGreaterThanOrEqual(20)
    expect(report.counts).toMatchObject({ create: PROCEDURE_SAMPLE_GOOD, reject: PROCEDURE_SAMPLE_ERRORS.length })
    PROCEDURE_SAMPLE_ERRORS.forEach(({ column, reason }, index) => {
      const row = report.rows.find((entry) => entry.row === PROCEDURE_SAMPLE_GOOD + 2 + index)!
      expect(row.action).toBe('reject')
      expect(row.problems).toContainEqual({ column, message: { vi: expect.stringMatching(reason), en: expect.any(String) } })
    })
    expect((await imported()).totalDocs).toBe(0)
  })

  it('applies as drafts: the rows that passed are written whole, nothing public, legal bases linked', async () => {
    const report = await run('procedures', sample('thu-tuc-hanh-chinh-mau.xlsx'))
    expect(report.counts).toMatchObject({ create: PROCEDURE_SAMPLE_GOOD, reject: PROCEDURE_SAMPLE_ERRORS.length })
    expect((await imported()).totalDocs).toBe(PROCEDURE_SAMPLE_GOOD)
    const publicView = await payload.find({ collection: 'procedures', where: { code: { like: '1.0130' } }, overrideAccess: false })
    expect(publicView.totalDocs).toBe(0)
    const [first] = (await payload.find({ collection: 'procedures', where: { code: { equals: '1.013001' } }, draft: true, depth: 0 })).docs
    expect(first).toMatchObject({
      name: 'Cấp bản sao trích lục hộ tịch',
      levels: ['province', 'commune'],
      onlineService: { level: 'full' },
      legalBasisDocuments: [decree42],
      legalBasis: null,
      channels: [
        { method: 'direct', processingTime: 10, timeUnit: 'working-days', fees: [{ name: 'Lệ phí', amount: 50000 }] },
        { method: 'online', fees: [{ amount: 25000, note: 'giảm 50% khi nộp trực tuyến' }] },
        { method: 'postal', note: 'Cộng cước bưu chính' },
      ],
      dossierCases: [
        {
          name: 'Trường hợp nộp trực tiếp',
          components: [
            { originals: 1, copies: 0 },
            { originals: 1, copies: 1 },
          ],
        },
        { name: 'Trường hợp nộp trực tuyến', components: [{ name: 'Tờ khai điện tử trên Cổng Dịch vụ công quốc gia' }] },
      ],
      steps: [{ title: 'Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.' }, expect.anything(), expect.anything()],
    })
    const english = await payload.findByID({ collection: 'procedures', id: first.id, locale: 'en', draft: true, fallbackLocale: false })
    expect([english.name, english.field]).toEqual(['Issuing copies of civil status extracts', 'Civil status'])
    const withDecision = report.rows.find((row) => row.key === '1.013012')!
    expect(withDecision.warnings[0]).toMatchObject({ column: 'Số quyết định', message: { vi: expect.stringMatching(/99\/QĐ-UBND/) } })
  })

  it('running the same file twice changes nothing, in .xlsx or .csv', async () => {
    const versionsBefore = (await payload.countVersions({ collection: 'procedures' })).totalDocs
    for (const file of ['thu-tuc-hanh-chinh-mau.xlsx', 'thu-tuc-hanh-chinh-mau.csv']) {
      const report = await run('procedures', sample(file))
      expect(report.counts).toMatchObject({
        unchanged: PROCEDURE_SAMPLE_GOOD,
        create: 0,
        update: 0,
        reject: PROCEDURE_SAMPLE_ERRORS.length,
      })
    }
    expect((await payload.countVersions({ collection: 'procedures' })).totalDocs).toBe(versionsBefore)
  })

  it('counts a changed row as an update, writing that row only', async () => {
    const original = sample('thu-tuc-hanh-chinh-mau.csv').toString('utf8')
    const changed = original.replace(',1.013001,,Cấp bản sao trích lục hộ tịch,', ',1.013001,,Cấp bản sao trích lục hộ tịch (đã sửa),')
    expect(changed).not.toBe(original)
    const name = async () =>
      (await payload.find({ collection: 'procedures', where: { code: { equals: '1.013001' } }, draft: true, depth: 0 })).docs[0].name
    const counts = { create: 0, update: 1, unchanged: PROCEDURE_SAMPLE_GOOD - 1, reject: PROCEDURE_SAMPLE_ERRORS.length }
    expect((await run('procedures', Buffer.from(changed))).counts).toMatchObject(counts)
    expect(await name()).toBe('Cấp bản sao trích lục hộ tịch (đã sửa)')
    // The sample again: the row is changed back, the others still unchanged.
    expect((await run('procedures', Buffer.from(original))).counts).toMatchObject(counts)
    expect(await name()).toBe('Cấp bản sao trích lục hộ tịch')
  })

  it('keeps what editors added in the admin, and --publish publishes what was a draft', async () => {
    const [doc] = (await payload.find({ collection: 'procedures', where: { code: { equals: '1.013002' } }, draft: true, depth: 0 })).docs
    await payload.update({
      collection: 'procedures',
      id: doc.id,
      draft: true,
      data: {
        onlineService: {
          ...doc.onlineService,
          url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1',
        },
      },
      context,
    })
    const published = await run('procedures', sample('thu-tuc-hanh-chinh-mau.xlsx'), { publish: true })
    expect(published.counts).toMatchObject({ publish: PROCEDURE_SAMPLE_GOOD, reject: PROCEDURE_SAMPLE_ERRORS.length })
    const live = await payload.find({
      collection: 'procedures',
      where: { code: { like: '1.0130' } },
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    expect(live.totalDocs).toBe(PROCEDURE_SAMPLE_GOOD)
    expect(live.docs.find((entry) => entry.code === '1.013002')?.onlineService?.url).toMatch(/ma_thu_tuc=1$/)
    expect((await run('procedures', sample('thu-tuc-hanh-chinh-mau.xlsx'), { publish: true })).counts.unchanged).toBe(PROCEDURE_SAMPLE_GOOD)
  })

  it('writes a row whole or not at all: a failure after its Vietnamese write leaves nothing of it', async () => {
    const csv =
      'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Tên thủ tục (tiếng Anh)\n1.019999,Thủ tục thử giao dịch,Hộ tịch,Sở Tư pháp,Transaction test\n'
    const update = payload.update.bind(payload)
    const spy = vi.spyOn(payload, 'update').mockImplementation(((args: Parameters<Payload['update']>[0]) => {
      if (args.locale === 'en') throw new Error('disk full (simulated)')
      return update(args as never)
    }) as never)
    await expect(run('procedures', Buffer.from(csv))).rejects.toThrow('disk full (simulated)')
    spy.mockRestore()
    expect((await payload.find({ collection: 'procedures', where: { code: { equals: '1.019999' } }, draft: true })).totalDocs).toBe(0)
  })
})

describe('a row inside the server (no transaction)', () => {
  const csv = (name: string) =>
    `Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Tên thủ tục (tiếng Anh)\n1.019998,${name},Hộ tịch,Sở Tư pháp,Row test\n`
  const failEnglish = () => {
    const update = payload.update.bind(payload)
    return vi.spyOn(payload, 'update').mockImplementation(((args: Parameters<Payload['update']>[0]) => {
      if (args.locale === 'en') throw new Error('disk full (simulated)')
      return update(args as never)
    }) as never)
  }
  const find = async () =>
    (await payload.find({ collection: 'procedures', where: { code: { equals: '1.019998' } }, draft: true, depth: 0 })).docs

  it('takes back its Vietnamese write when the English one fails: nothing created, an update undone', async () => {
    let spy = failEnglish()
    await expect(run('procedures', Buffer.from(csv('Tên mới')), { sqliteBatches: false })).rejects.toThrow('disk full (simulated)')
    spy.mockRestore()
    expect(await find()).toEqual([])
    await run('procedures', Buffer.from(csv('Tên cũ')), { sqliteBatches: false })
    spy = failEnglish()
    await expect(run('procedures', Buffer.from(csv('Tên đổi')), { sqliteBatches: false })).rejects.toThrow('disk full (simulated)')
    spy.mockRestore()
    expect((await find()).map((doc) => doc.name)).toEqual(['Tên cũ'])
  })
})

describe('an import beside other writers', () => {
  it('inside the server neither blocks nor swallows what others write meanwhile', async () => {
    const header = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện\n'
    const rows = Array.from(
      { length: 150 },
      (_, index) => `1.0${String(17000 + index)},Thủ tục song song ${index},Hộ tịch,Sở Tư pháp\n`,
    ).join('')
    // As inside the server: no SQLite transaction beside the other writers of the process.
    const importing = run('procedures', Buffer.from(header + rows), { dryRun: true, sqliteBatches: false })
    const written: string[] = []
    for (let index = 0; index < 8; index++) {
      await new Promise((resolve) => setTimeout(resolve, 150))
      const agency = await payload.create({
        collection: 'agencies',
        data: { name: `Đơn vị ghi song song ${index}`, kind: 'unit' },
        context,
      })
      written.push(String(agency.id))
    }
    const report = await importing
    expect(report.counts.create).toBe(150)
    // The import's rows are rolled back; every agency written beside it is there.
    expect((await payload.count({ collection: 'procedures', where: { name: { like: 'Thủ tục song song' } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'agencies', where: { id: { in: written } } })).totalDocs).toBe(8)
  }, 120_000)
})

describe('import files', () => {
  const header = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Cách thức thực hiện\n'
  const row = '1.018001,Đăng ký thường trú cho người ở nước ngoài về,Cư trú,Sở Tư pháp,Trực tiếp | 7 ngày làm việc | Lệ phí: 20.000 đồng\n'

  it.each([
    ['UTF-8 without BOM', Buffer.from(header + row), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header + row)]), 'UTF-8 (BOM)'],
    ['UTF-16 LE (Excel “Unicode text”)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header + row, 'utf16le')]), 'UTF-16 LE'],
    ['Windows-1258 (Excel “CSV” on a Vietnamese Windows)', windows1258(header + row), 'Windows-1258'],
    ['semicolons (Excel with “;” as list separator)', Buffer.from((header + row).replace(/,/g, ';')), 'UTF-8'],
  ])('reads %s', async (_, bytes, encoding) => {
    const report = await run('procedures', bytes, { dryRun: true })
    expect(report.encoding).toBe(encoding)
    expect(report.rows[0]).toMatchObject({ action: 'create', key: '1.018001', title: 'Đăng ký thường trú cho người ở nước ngoài về' })
  })

  it.each([
    ['a TCVN3 (ABC) file', Buffer.from([...Buffer.from('M\xe3 th\xf7 t\xf4c,T\xaan\n', 'latin1')]), /TCVN3/],
    ['an Excel 97–2003 .xls file', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'), /\.xls/],
    ['an empty file', Buffer.alloc(0), /rỗng/],
    ['a file without the code column', Buffer.from('Tên thủ tục,Lĩnh vực\nA,B\n'), /thiếu cột “Mã thủ tục”/],
    ['a damaged .xlsx', Buffer.from('PK\x03\x04 not really a zip'), /bị hỏng/],
    ['an .xlsx that would inflate to 300 MB (a zip bomb)', zipDeclaring(300 * 1024 * 1024), /giải nén ra 300 MB/],
    ['more than 5,000 rows', Buffer.from(header + row.repeat(5001)), /5001 dòng dữ liệu/],
  ])('refuses %s with what to do, reading no row', async (_, bytes, message) => {
    const report = await run('procedures', bytes, { dryRun: true })
    expect(report.fileError?.vi).toMatch(message)
    expect(report.rows).toEqual([])
  })
})

describe('legal document import', () => {
  it('creates by number, issuer and date; reports each kind of error; twice changes nothing', async () => {
    const first = await run('legal-documents', sample('van-ban-mau.xlsx'))
    expect(first.counts).toMatchObject({ create: 3, reject: 6 })
    expect(first.rows.filter((row) => row.action === 'reject').map((row) => row.problems[0].column)).toEqual([
      'Số ký hiệu',
      'Loại văn bản',
      'Ngày ban hành',
      'Tình trạng hiệu lực',
      'Cơ quan ban hành',
      'Đường dẫn văn bản gốc',
    ])
    const [doc] = (await payload.find({ collection: 'legal-documents', where: { number: { equals: '92/2017/NĐ-CP' } }, draft: true })).docs
    // The type comes from the number when the cell is empty; the status from the dates.
    expect(doc).toMatchObject({ documentType: 'nghi-dinh', status: 'effective', slug: '92-2017-nd-cp', _status: 'draft' })
    expect((await run('legal-documents', sample('van-ban-mau.csv'))).counts).toMatchObject({ unchanged: 3, create: 0 })
  })
})

describe('redirects', () => {
  it('imports old-portal addresses with the same report, and twice changes nothing', async () => {
    const report = await run('redirects', sample('chuyen-huong-mau.csv'))
    expect(report.counts).toMatchObject({ create: 4, reject: 3 })
    expect(report.rows.filter((row) => row.action === 'reject').map((row) => row.problems[0].message.vi)).toEqual([
      expect.stringMatching(/trang chủ/),
      expect.stringMatching(/ftp:/),
      expect.stringMatching(/trùng đường dẫn cũ/),
    ])
    const [rule] = (await payload.find({ collection: 'redirects', where: { from: { equals: '/pages/thu-tuc.aspx?itemid=1193' } } })).docs
    expect(rule).toMatchObject({ to: { type: 'custom', url: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh' }, type: '301' })
    expect((await run('redirects', sample('chuyen-huong-mau.csv'))).counts).toMatchObject({ unchanged: 4 })
  })

  it('refuses a redirect to itself and one that closes a loop', async () => {
    await payload.create({
      collection: 'redirects',
      data: { from: '/vong/a', to: { type: 'custom', url: '/vong/b' }, type: '301' },
      context,
    })
    await expect(
      payload.create({ collection: 'redirects', data: { from: '/vong/b', to: { type: 'custom', url: '/vong/a' }, type: '301' }, context }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'to.url', message: expect.stringMatching(/vòng lặp: \/vong\/b → \/vong\/a → \/vong\/b/) }] },
    })
    await expect(
      payload.create({
        collection: 'redirects',
        data: { from: 'https://cu.example.vn/Vong/C/', to: { type: 'custom', url: '/vong/c' }, type: '301' },
        context,
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'to.url', message: expect.stringMatching(/trùng đường dẫn cũ/) }] },
    })
  })

  it('are created when a published document’s slug changes, and removed when it changes back', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Tin đổi đường dẫn', kind: 'news', slug: 'ten-cu', _status: 'published' },
      context,
    })
    await payload.update({ collection: 'news', id: news.id, data: { slug: 'ten-moi', _status: 'published' }, context })
    const rules = async () =>
      (await payload.find({ collection: 'redirects', where: { from: { like: 'ten-' } }, depth: 0, sort: 'from' })).docs.map((doc) => [
        doc.from,
        doc.to?.reference?.value,
      ])
    expect(await rules()).toEqual([
      ['/en/news/ten-cu', news.id],
      ['/tin-tuc/ten-cu', news.id],
    ])
    const { resolveRedirects } = await import('@/cms/redirectTargets')
    const resolved = await resolveRedirects(
      (await payload.find({ collection: 'redirects', where: { from: { like: 'ten-cu' } }, depth: 0 })).docs,
      payload,
    )
    expect(resolved.map(({ to }) => to).sort()).toEqual(['/en/news/ten-moi', '/tin-tuc/ten-moi'])
    await payload.update({ collection: 'news', id: news.id, data: { slug: 'ten-cu', _status: 'published' }, context })
    expect(await rules()).toEqual([
      ['/en/news/ten-moi', news.id],
      ['/tin-tuc/ten-moi', news.id],
    ])
  })

  it('never hide a live page: a document published at an address takes it from the redirect there', async () => {
    const first = await payload.create({
      collection: 'news',
      data: { title: 'Tin nhường đường dẫn', kind: 'news', slug: 'dia-chi-chung', _status: 'published' },
      context,
    })
    await payload.update({ collection: 'news', id: first.id, data: { slug: 'dia-chi-rieng', _status: 'published' }, context })
    const from = () => payload.find({ collection: 'redirects', where: { from: { like: 'dia-chi-chung' } }, depth: 0 })
    expect((await from()).totalDocs).toBe(2)
    // A draft at the old address changes nothing; publishing it there removes the redirects.
    const second = await payload.create({
      collection: 'news',
      data: { title: 'Tin mới cùng đường dẫn', kind: 'news', slug: 'dia-chi-chung', _status: 'draft' },
      context,
    })
    expect((await from()).totalDocs).toBe(2)
    await payload.update({ collection: 'news', id: second.id, data: { _status: 'published' }, context })
    expect((await from()).totalDocs).toBe(0)
    // The same for a hand-made redirect, when a document is renamed onto its address.
    await payload.create({
      collection: 'redirects',
      data: { from: '/tin-tuc/dia-chi-thu-ba', to: { type: 'custom', url: '/tin-tuc' }, type: '302' },
      context,
    })
    await payload.update({ collection: 'news', id: first.id, data: { slug: 'dia-chi-thu-ba', _status: 'published' }, context })
    const rules = await payload.find({ collection: 'redirects', where: { from: { like: 'dia-chi' } }, depth: 0, sort: 'from' })
    expect(rules.docs.map((rule) => rule.from)).toEqual(['/en/news/dia-chi-rieng', '/tin-tuc/dia-chi-rieng'])
  })

  it('never point to a draft: its address is not given away', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Tin chưa đăng', kind: 'news', slug: 'chua-dang', _status: 'draft' },
      context,
    })
    const rule = await payload.create({
      collection: 'redirects',
      data: { from: '/cu/chua-dang', to: { type: 'reference', reference: { relationTo: 'news', value: draft.id } }, type: '301' },
      context,
    })
    const { resolveRedirects } = await import('@/cms/redirectTargets')
    expect(await resolveRedirects([rule], payload)).toEqual([])
  })
})

describe('a published import from the command line', () => {
  it('expires the pages of its last rows after committing them, before the process exits', async () => {
    const code = '1.016001'
    const asks: { tags: string[]; live: boolean }[] = []
    // Stands in for the running server's revalidate route: records each ask, and whether the row was live by then.
    const server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', async () => {
        const live = (await payload.count({ collection: 'procedures', where: { code: { equals: code } }, overrideAccess: false })).totalDocs
        asks.push({ tags: (JSON.parse(body) as { tags: string[] }).tags, live: live > 0 })
        response.end('{}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const file = path.join(dir, 'publish.csv')
    fs.writeFileSync(file, `Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện\n${code},Thủ tục xuất bản từ dòng lệnh,Hộ tịch,Sở Tư pháp\n`)
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        'node',
        ['scripts/run-ts.mjs', 'imports/cli.ts', 'procedures', file, '--publish'],
        { env: { ...process.env, INTERNAL_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` } },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout)),
      ),
    )
    server.close()
    expect(output).toMatch(/written and published.*create 1/)
    expect(asks.length).toBeGreaterThan(0)
    // The first asks come from inside the row's batch, before its commit; one must come after.
    expect(asks.filter((entry) => entry.live).flatMap((entry) => entry.tags)).toContain('procedures')
  }, 180_000)
})

describe('the admin’s import job', () => {
  it('checks an upload, then applies it, recording its progress and report on the import', async () => {
    const { processImport } = await import('@/imports/task')
    const upload = await payload.create({
      collection: 'imports',
      data: { kind: 'legal-documents' },
      file: { data: sample('van-ban-mau.csv'), mimetype: 'text/csv', name: 'van-ban-job.csv', size: sample('van-ban-mau.csv').length },
      context,
    })
    const warnings = vi.spyOn(payload.logger, 'warn')
    await processImport(payload, String(upload.id), false)
    const checked = await payload.findByID({ collection: 'imports', id: upload.id })
    expect(checked.status).toBe('checked')
    // Inside the server the check compares without writing; the report says so (ImportReport.tsx). A MongoDB
    // replica set writes each row in a transaction and rolls it back (imports/transactions.ts).
    expect((checked.report as { validated: boolean }).validated).toBe(mongoTransactions(payload))
    expect((checked.report as { dryRun: boolean; total: number }).total).toBe(9)
    await processImport(payload, String(upload.id), true)
    const applied = await payload.findByID({ collection: 'imports', id: upload.id })
    expect([applied.status, (applied.report as { dryRun: boolean }).dryRun, applied.progress?.done]).toEqual(['applied', false, 9])
    expect((applied.report as { validated: boolean }).validated).toBe(true)
    expect(warnings.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('progress not saved'))).toEqual([])
    warnings.mockRestore()
  })
})
