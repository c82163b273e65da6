/**
 * The sample legal-document file (docs/import/van-ban-mau.xlsx and .csv), with the fields of the
 * national legal-documents database. Real documents; an editor checks dates against the official text.
 */
export const LEGAL_DOCUMENT_SAMPLE_HEADERS = [
  'Số ký hiệu',
  'Loại văn bản',
  'Cơ quan ban hành',
  'Ngày ban hành',
  'Trích yếu',
  'Ngày có hiệu lực',
  'Ngày hết hiệu lực',
  'Tình trạng hiệu lực',
  'Người ký',
  'Đường dẫn văn bản gốc',
  'Trích yếu (tiếng Anh)',
]

export const legalDocumentSampleRows = () => [
  [
    '61/2018/NĐ-CP',
    'Nghị định',
    'Chính phủ',
    '23/04/2018',
    'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    '21/06/2018',
    '',
    '',
    'Nguyễn Xuân Phúc',
    'https://vbpl.vn/',
    'On the one-stop-shop mechanism in handling administrative procedures',
  ],
  [
    '63/2010/NĐ-CP',
    'Nghị định',
    'Chính phủ',
    '08/06/2010',
    'Về kiểm soát thủ tục hành chính',
    '14/10/2010',
    '',
    '',
    'Nguyễn Tấn Dũng',
    '',
    'On the control of administrative procedures',
  ],
  [
    '92/2017/NĐ-CP',
    '',
    'Chính phủ',
    '07/08/2017',
    'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính',
    '25/09/2017',
    '',
    '',
    'Nguyễn Xuân Phúc',
    '',
    '',
  ],
  // Errors, one of each kind.
  ['', 'Nghị định', 'Chính phủ', '01/01/2020', 'Văn bản thiếu số ký hiệu', '', '', '', '', '', ''],
  ['12/2020/XX-CP', '', 'Chính phủ', '01/01/2020', 'Văn bản không rõ loại', '', '', '', '', '', ''],
  ['13/2020/NĐ-CP', 'Nghị định', 'Chính phủ', '31/02/2020', 'Văn bản ngày sai', '', '', '', '', '', ''],
  ['14/2020/NĐ-CP', 'Nghị định', 'Chính phủ', '01/03/2020', 'Văn bản tình trạng lạ', '', '', 'Còn dùng được', '', '', ''],
  ['15/2020/NĐ-CP', 'Nghị định', 'Bộ Không Có', '01/03/2020', 'Văn bản của cơ quan chưa có', '', '', '', '', '', ''],
  ['16/2020/NĐ-CP', 'Nghị định', 'Chính phủ', '01/03/2020', 'Văn bản liên kết không an toàn', '', '', '', '', 'http://vbpl.vn/', ''],
]

/** The sample redirects (docs/import/chuyen-huong-mau.csv): old portal addresses → this portal. */
export const REDIRECT_SAMPLE_HEADERS = ['Đường dẫn cũ', 'Đường dẫn mới', 'Kiểu chuyển hướng']
export const redirectSampleRows = () => [
  ['http://cchc.example.gov.vn/Pages/thu-tuc.aspx?ItemID=1193', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', '301'],
  ['http://cchc.example.gov.vn/Pages/van-ban.aspx', '/van-ban', '301'],
  ['/tin-tuc/ke-hoach-cchc-2022.html', '/tin-tuc', '302'],
  ['/portal/hoi-dap', '/phan-anh-kien-nghi/hoi-dap', ''],
  // Errors: the home page cannot be redirected; a target that is not a path here nor https; a loop.
  ['http://cchc.example.gov.vn/', '/tin-tuc', '301'],
  ['/cu/lien-he', 'ftp://example.org/', '301'],
  ['/vong-lap', '/vong-lap', '301'],
]
