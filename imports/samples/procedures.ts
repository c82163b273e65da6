/**
 * The sample procedure file (docs/import/thu-tuc-hanh-chinh-mau.xlsx and .csv): the columns of the
 * national TTHC database (every column the import reads), 13 rows that import and one row for each
 * kind of error the import reports.
 * Codes, fees and times are illustrative: an editor checks real data against the announcement decision.
 */
export const PROCEDURE_SAMPLE_HEADERS = [
  'STT',
  'Mã thủ tục',
  'Số quyết định',
  'Tên thủ tục',
  'Cấp thực hiện',
  'Loại thủ tục',
  'Lĩnh vực',
  'Trình tự thực hiện',
  'Cách thức thực hiện',
  'Thành phần hồ sơ',
  'Đối tượng thực hiện',
  'Cơ quan thực hiện',
  'Kết quả thực hiện',
  'Căn cứ pháp lý',
  'Yêu cầu, điều kiện thực hiện',
  'Mức độ',
  'Tên thủ tục (tiếng Anh)',
  'Lĩnh vực (tiếng Anh)',
  'Cơ quan có thẩm quyền',
  'Địa chỉ tiếp nhận hồ sơ',
  'Cơ quan được ủy quyền',
  'Cơ quan phối hợp',
  'Từ khóa',
  'Mô tả',
]

type Sample = {
  code: string
  decision?: string
  name: string
  levels?: string
  type?: string
  field: string
  steps?: string
  channels?: string
  dossier?: string
  applicants?: string
  agency: string
  result?: string
  legalBasis?: string
  requirements?: string
  level?: string
  nameEn?: string
  fieldEn?: string
  competentAuthority?: string
  receivingAddress?: string
  delegatedAgency?: string
  coordinatingAgency?: string
  keywords?: string
  description?: string
}

const STEPS = [
  'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.',
  'Bước 2: Nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.',
  'Cán bộ tiếp nhận kiểm tra tính đầy đủ của hồ sơ và viết giấy hẹn.',
  'Bước 3: Nhận kết quả tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính công ích.',
].join('\n')

const base = (code: string, name: string, field: string, agency: string, rest: Partial<Sample> = {}): Sample => ({
  code,
  name,
  field,
  agency,
  levels: 'Cấp Tỉnh',
  type: 'TTHC tiêu chuẩn',
  steps: STEPS,
  channels: [
    'Trực tiếp | 10 ngày làm việc | Lệ phí: 50.000 đồng | Nộp tại Bộ phận Một cửa',
    'Trực tuyến | 10 ngày làm việc | Lệ phí: 25.000 đồng (giảm 50% khi nộp trực tuyến)',
    'Dịch vụ bưu chính công ích | 10 ngày làm việc | Lệ phí: 50.000 đồng | Cộng cước bưu chính',
  ].join('\n'),
  dossier: ['- Đơn đề nghị theo mẫu (01 bản chính)', '- Bản sao giấy tờ tùy thân (01 bản sao)'].join('\n'),
  applicants: 'Công dân Việt Nam, tổ chức',
  result: 'Văn bản chấp thuận hoặc văn bản trả lời nêu rõ lý do',
  legalBasis: 'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến',
  requirements: 'Không',
  level: 'Một phần',
  ...rest,
})

/** Rows that import (row numbers in the file are these plus 2). */
const GOOD: Sample[] = [
  base('1.013001', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'Sở Tư pháp', {
    competentAuthority: 'Sở Tư pháp; Ủy ban nhân dân cấp xã',
    receivingAddress: 'Bộ phận Một cửa của Sở Tư pháp hoặc của Ủy ban nhân dân cấp xã',
    delegatedAgency: 'Không',
    coordinatingAgency: 'Công an tỉnh',
    keywords: 'trích lục; bản sao hộ tịch; giấy khai sinh',
    description: 'Cấp bản sao trích lục các sự kiện hộ tịch đã đăng ký (khai sinh, kết hôn, khai tử).',
    levels: 'Cấp Tỉnh, Cấp Xã',
    level: 'Toàn trình',
    nameEn: 'Issuing copies of civil status extracts',
    fieldEn: 'Civil status',
    dossier: [
      'Trường hợp nộp trực tiếp:',
      '- Tờ khai cấp bản sao trích lục hộ tịch (01 bản chính)',
      '- Giấy tờ tùy thân (01 bản sao, 01 bản chính để đối chiếu)',
      'Trường hợp nộp trực tuyến:',
      '- Tờ khai điện tử trên Cổng Dịch vụ công quốc gia',
    ].join('\n'),
  }),
  base('1.013002', 'Đăng ký hoạt động của Văn phòng công chứng', 'Công chứng', 'Sở Tư pháp', {
    channels: 'Trực tiếp | 10 ngày làm việc | Phí thẩm định: 1.000.000 đồng',
    level: 'Không',
  }),
  base('1.013003', 'Cấp giấy phép hành nghề luật sư với tư cách cá nhân', 'Luật sư', 'Sở Tư pháp', {
    level: 'Mức độ 3',
    channels: 'Trực tiếp | 7 ngày làm việc | Không\nTrực tuyến | 7 ngày làm việc | Không',
  }),
  base('1.013004', 'Thẩm định dự án đầu tư xây dựng', 'Hoạt động xây dựng', 'Sở Xây dựng', {
    channels:
      'Trực tiếp | 20 ngày | Phí thẩm định: 2.500.000 đồng; Lệ phí: 150.000 đồng\nTrực tuyến | 20 ngày | Phí thẩm định: 2.500.000 đồng',
    legalBasis: 'Luật Xây dựng năm 2014\nNghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ',
  }),
  base('1.013005', 'Cấp giấy phép xây dựng mới đối với công trình cấp I, II', 'Hoạt động xây dựng', 'Sở Xây dựng', {
    level: 'Mức độ 4',
    nameEn: 'Building permits for grade I and II works',
  }),
  base('1.013006', 'Thẩm định giá đất cụ thể', 'Giá', 'Sở Tài chính', {
    channels: 'Trực tiếp | 30 ngày | Miễn phí\nTrực tuyến | 30 ngày | Miễn phí',
  }),
  base('1.013007', 'Đăng ký mã số đơn vị có quan hệ với ngân sách', 'Tin học, thống kê', 'Sở Tài chính', {
    level: 'Toàn trình',
    channels: 'Trực tuyến | 2 ngày làm việc | Không',
  }),
  base('1.013008', 'Thi tuyển công chức', 'Công chức, viên chức', 'Sở Nội vụ', {
    type: 'TTHC được luật giao quy định chi tiết',
    level: 'Không',
    channels: 'Trực tiếp | 45 ngày | Phí dự tuyển: 500.000 đồng',
  }),
  base('1.013009', 'Công nhận ban vận động thành lập hội', 'Tổ chức phi chính phủ', 'Sở Nội vụ'),
  base('1.013010', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 'Ủy ban nhân dân cấp xã', {
    levels: 'Cấp Xã',
    channels:
      'Trực tiếp | 1 ngày làm việc | Phí chứng thực: 2.000 đồng (mỗi trang)\nTrực tuyến | 1 ngày làm việc | Phí chứng thực: 2.000 đồng',
    nameEn: 'Certifying copies against originals',
  }),
  base('1.013011', 'Đăng ký khai tử', 'Hộ tịch', 'UBND cấp xã', {
    levels: 'Cấp Xã',
    level: 'Toàn trình',
    channels: 'Trực tiếp | 1 ngày làm việc | Không\nTrực tuyến | 1 ngày làm việc | Không',
  }),
  base('1.013012', 'Cấp phiếu lý lịch tư pháp cho người nước ngoài', 'Lý lịch tư pháp', 'Sở Tư pháp', { decision: '99/QĐ-UBND' }),
  base('1.013013', 'Giải quyết khiếu nại lần đầu', 'Giải quyết khiếu nại', 'Sở Nội vụ', {
    channels: 'Trực tiếp | 30 ngày | Không\nTrực tuyến | 30 ngày | Không\nDịch vụ bưu chính công ích | 30 ngày | Không',
    level: 'Một phần',
  }),
]

/** One row for each kind of error, with what the report says of it. */
export const PROCEDURE_SAMPLE_ERRORS: { sample: Sample; column: string; reason: RegExp }[] = [
  { sample: { ...base('', 'Thủ tục thiếu mã', 'Hộ tịch', 'Sở Tư pháp') }, column: 'Mã thủ tục', reason: /thiếu mã thủ tục/ },
  { sample: base('1.13A', 'Thủ tục mã sai dạng', 'Hộ tịch', 'Sở Tư pháp'), column: 'Mã thủ tục', reason: /không có dạng 1\.001193/ },
  { sample: base('1.013101', '', 'Hộ tịch', 'Sở Tư pháp'), column: 'Tên thủ tục', reason: /thiếu tên thủ tục/ },
  {
    sample: base('1.013102', 'Thủ tục cấp sai', 'Hộ tịch', 'Sở Tư pháp', { levels: 'Cấp Quận' }),
    column: 'Cấp thực hiện',
    reason: /không rõ cấp thực hiện/,
  },
  {
    sample: base('1.013103', 'Thủ tục mức độ sai', 'Hộ tịch', 'Sở Tư pháp', { level: 'Mức độ 5' }),
    column: 'Mức độ',
    reason: /không rõ mức độ/,
  },
  {
    sample: base('1.013104', 'Thủ tục phí không đọc được', 'Hộ tịch', 'Sở Tư pháp', {
      channels: 'Trực tiếp | 5 ngày làm việc | Lệ phí: năm mươi nghìn đồng',
    }),
    column: 'Cách thức thực hiện',
    reason: /không đọc được phí/,
  },
  {
    sample: base('1.013105', 'Thủ tục thời hạn không đọc được', 'Hộ tịch', 'Sở Tư pháp', { channels: 'Trực tiếp | nhanh chóng | Không' }),
    column: 'Cách thức thực hiện',
    reason: /không đọc được thời hạn/,
  },
  {
    sample: base('1.013106', 'Thủ tục hình thức nộp lạ', 'Hộ tịch', 'Sở Tư pháp', { channels: 'Qua fax | 5 ngày làm việc | Không' }),
    column: 'Cách thức thực hiện',
    reason: /không rõ hình thức nộp/,
  },
  {
    sample: base('1.013107', 'Thủ tục trực tuyến không có kênh trực tuyến', 'Hộ tịch', 'Sở Tư pháp', {
      level: 'Toàn trình',
      channels: 'Trực tiếp | 5 ngày làm việc | Không',
    }),
    column: 'Mức độ',
    reason: /cần dòng “Trực tuyến”/,
  },
  {
    sample: base('1.013108', 'Thủ tục của cơ quan chưa có', 'Hộ tịch', 'Sở Khoa học và Công nghệ'),
    column: 'Cơ quan thực hiện',
    reason: /chưa có cơ quan/,
  },
  { sample: base('1.013109', 'Thủ tục thiếu lĩnh vực', '', 'Sở Tư pháp'), column: 'Lĩnh vực', reason: /thiếu lĩnh vực/ },
  {
    sample: base('1.013110', 'Thủ tục thiếu cơ quan thực hiện', 'Hộ tịch', ''),
    column: 'Cơ quan thực hiện',
    reason: /thiếu cơ quan thực hiện/,
  },
  {
    sample: base('1.013111', 'Thủ tục ghi một hình thức nộp hai lần', 'Hộ tịch', 'Sở Tư pháp', {
      channels: 'Trực tiếp | 5 ngày làm việc | Không\nTrực tiếp | 7 ngày làm việc | Không',
    }),
    column: 'Cách thức thực hiện',
    reason: /có hai dòng/,
  },
  {
    sample: base('1.013001', 'Cấp bản sao trích lục hộ tịch (dòng trùng)', 'Hộ tịch', 'Sở Tư pháp'),
    column: 'Mã thủ tục',
    reason: /trùng với dòng 2/,
  },
]

const cells = (sample: Sample, index: number) => [
  String(index + 1),
  sample.code,
  sample.decision ?? '',
  sample.name,
  sample.levels ?? '',
  sample.type ?? '',
  sample.field,
  sample.steps ?? '',
  sample.channels ?? '',
  sample.dossier ?? '',
  sample.applicants ?? '',
  sample.agency,
  sample.result ?? '',
  sample.legalBasis ?? '',
  sample.requirements ?? '',
  sample.level ?? '',
  sample.nameEn ?? '',
  sample.fieldEn ?? '',
  sample.competentAuthority ?? '',
  sample.receivingAddress ?? '',
  sample.delegatedAgency ?? '',
  sample.coordinatingAgency ?? '',
  sample.keywords ?? '',
  sample.description ?? '',
]

export const PROCEDURE_SAMPLE_GOOD = GOOD.length

/** The sample's data rows: the good ones first (rows 2–14), then the errors (rows 15–28). */
export const procedureSampleRows = () => [...GOOD, ...PROCEDURE_SAMPLE_ERRORS.map((entry) => entry.sample)].map(cells)
