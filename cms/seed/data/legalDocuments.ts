import { L } from '../localized'

/**
 * Demo legal documents: every verified document with its verified facts only, and the
 * department's 2022 communication plan (Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022).
 * Facts marked unverified there are left out on purpose (no signer, no effective dates, no invented titles).
 */
type DocumentType =
  | 'luat'
  | 'nghi-quyet'
  | 'nghi-dinh'
  | 'quyet-dinh'
  | 'thong-tu'
  | 'chi-thi'
  | 'ke-hoach'
  | 'chuong-trinh'
  | 'huong-dan'
  | 'thong-bao'
  | 'bao-cao'
  | 'cong-van'

type SeedLegalDocument = {
  key: string
  number: string
  /** The number is not shown on the source: `number` is only a placeholder and must not be displayed as the số ký hiệu. */
  numberUnknown?: boolean
  documentType: DocumentType
  issuerKey: string
  title: L
  issuedAt: string
  /** Only the year of `issuedAt` is known. */
  issuedAtApproximate?: boolean
  effectiveFrom?: string
  effectiveUntil?: string
  signer?: string
  signerTitle?: L
  summary?: L
  topics?: string[]
  /** Full text, one entry per paragraph. */
  paragraphs?: L[]
  expiryReason?: L
}

type RelationKind =
  | 'based-on'
  | 'references'
  | 'guides'
  | 'amends'
  | 'replaces'
  | 'replaces-partly'
  | 'repeals'
  | 'corrects'
  | 'consolidates'
  | 'related'

type SeedDocumentRelation = { sourceKey: string; kind: RelationKind; targetKey: string; note?: L }

const CCHC = 'Cải cách hành chính'

/** Full text of the 2022 plan, as in the source, with broken lines joined and obvious typos fixed. Vietnamese only. */
const PLAN_2022_TEXT: L[] = [
  L('Thông tin tuyên truyền về cải cách hành chính năm 2022'),
  L('I. MỤC ĐÍCH, YÊU CẦU'),
  L('1. Mục đích'),
  L(
    '- Nâng cao nhận thức, trách nhiệm trong công tác CCHC của cán bộ, công chức trong quá trình thực thi công vụ, nhiệm vụ, nhất là trách nhiệm người đứng đầu; giám sát hoạt động thực thi công vụ, nhiệm vụ của cán bộ, công chức và các phòng, đơn vị thuộc Sở.',
  ),
  L(
    '- Nâng cao nhận thức về nội dung, ý nghĩa, vai trò của công tác cải cách hành chính; việc ứng dụng công nghệ thông tin hoặc thông qua dịch vụ bưu chính công ích trong việc thực hiện, giải quyết các thủ tục hành chính đối với sự phát triển kinh tế - xã hội của tỉnh tới đông đảo quần chúng nhân dân, từ đó tăng cường sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội trong việc tổ chức triển khai các nhiệm vụ cải cách hành chính.',
  ),
  L(
    '- Tuyên truyền về hiệu quả, phương thức hoạt động, cách thức giải quyết các thủ tục hành chính, các nội dung về công khai, minh bạch; đẩy mạnh tuyên truyền sử dụng các dịch vụ công trực tuyến mức độ 3, mức độ 4 để người dân và doanh nghiệp biết, tiếp cận, sử dụng.',
  ),
  L('2. Yêu cầu'),
  L(
    '- Công tác thông tin, tuyên truyền về cải cách hành chính phải được thực hiện kịp thời, đầy đủ, thường xuyên, liên tục, phong phú về nội dung và hình thức, theo hướng thiết thực, hiệu quả, đúng đối tượng; kịp thời đáp ứng nhu cầu nắm bắt, tìm hiểu thông tin về cải cách hành chính của cán bộ, công chức, viên chức và các tầng lớp nhân dân trong tỉnh.',
  ),
  L(
    '- Tuyên truyền cải cách hành chính gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của chương trình tổng thể cải cách hành chính nhà nước trong giai đoạn 2021-2030 của Chính phủ và kế hoạch cải cách hành chính giai đoạn 2021-2030 và giai đoạn 2021-2025 của tỉnh, và giai đoạn 2021-2025 của Sở.',
  ),
  L(
    '- Tuyên truyền CCHC phải gắn với mục tiêu nhiệm vụ CCHC của năm 2022; đồng thời phải thực hiện kịp thời, đầy đủ, thường xuyên, phù hợp với tính chất, đặc điểm và nhiệm vụ của cơ quan.',
  ),
  L('II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN'),
  L('1. Nội dung tuyên truyền'),
  L(
    '- Tuyên truyền đầy đủ, kịp thời các văn bản quy phạm pháp luật đã được rà soát, sửa đổi, bổ sung, các bộ TTHC đã được đơn giản hóa, mới ban hành; tuyên truyền các giải pháp cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và chỉ số cải cách hành chính (PAR Index) tỉnh Nam Định; tuyên truyền việc phân cấp thẩm quyền quản lý nhà nước các cấp, đảm bảo các điều kiện cần thiết để thực hiện tốt nhiệm vụ;',
  ),
  L(
    '- Tuyên truyền, quán triệt đến toàn thể cán bộ, công chức các văn bản chỉ đạo, điều hành của Chính phủ về cải cách hành chính như: các Nghị quyết, văn bản chỉ đạo điều hành của Trung ương, Chính phủ về cải cách hành chính trong giai đoạn mới; Chỉ thị số 13/CT-TTg ngày 10/6/2015 về tăng cường trách nhiệm của người đứng đầu cơ quan hành chính Nhà nước các cấp trong công tác cải cách thủ tục hành chính; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Nghị quyết số 04-NQ/TU ngày 18/6/2021 của Ban chấp hành Đảng bộ tỉnh, Chương trình tổng thể Cải cách hành chính tỉnh Nam Định giai đoạn 2021-2030; Kế hoạch số 111/KH-UBND ngày 29/9/2021 của UBND tỉnh Nam Định về cải cách hành chính tỉnh giai đoạn 2021-2025 trên cơ sở phân tích, đánh giá thực trạng, phù hợp với điều kiện thực tiễn yêu cầu đặt ra của Sở trong giai đoạn 2021-2025.',
  ),
  L(
    '- Kết quả triển khai thực hiện cải cách hành chính của cơ quan tập trung vào 7 nhiệm vụ chính gồm: công tác chỉ đạo điều hành; cải cách thể chế, cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng phát triển chính quyền điện tử, chính quyền số.',
  ),
  L(
    '- Tuyên truyền kết quả xây dựng chính quyền số tỉnh Nam Định; xây dựng đô thị thông minh; chuyển đổi số. Biểu dương những tập thể, cá nhân thực hiện tốt, có sáng kiến hiệu quả trong công tác cải cách hành chính; phản ánh, phê phán những hiện tượng tiêu cực, gây khó khăn, phiền hà cho cá nhân, tổ chức, doanh nghiệp.',
  ),
  L(
    '- Tuyên truyền kết quả việc thực hiện sắp xếp tổ chức bộ máy tinh gọn, hiệu quả; kết quả thực hiện Nghị định 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc Trung ương.',
  ),
  L('2. Hình thức tuyên truyền'),
  L('- Tuyên truyền trên Báo Nam Định, Đài Phát thanh và Truyền hình tỉnh.'),
  L('- Thông tin trên Cổng Thông tin điện tử của Sở.'),
  L(
    '- Quán triệt nội dung, kế hoạch thực hiện, nhiệm vụ CCHC của tỉnh, của Sở cho toàn thể cán bộ, công chức của Sở thông qua các cuộc họp, họp giao ban của cơ quan và các buổi sinh hoạt của các tổ chức Đảng, các tổ chức đoàn thể.',
  ),
  L(
    '- Niêm yết công khai các thủ tục hành chính, đường dây nóng, địa chỉ tiếp nhận phản ánh kiến nghị tại trụ sở cơ quan, Trung tâm phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp.',
  ),
  L(
    '- Cử cán bộ, công chức tham gia các khoá đào tạo, bồi dưỡng, tập huấn về công tác cải cách hành chính. Lồng ghép nội dung cải cách hành chính vào các hội nghị tuyên truyền, phổ biến pháp luật của Sở.',
  ),
  L(
    '- Cung cấp thông tin cho các cơ quan thông tấn báo chí về tình hình thực hiện và kết quả công tác cải cách hành chính tại cơ quan, những tác động từ cải cách hành chính đến đời sống xã hội; xây dựng chuyên trang, chuyên mục, tuyên truyền về cải cách hành chính. Phối hợp với các đơn vị có liên quan tham mưu với UBND tỉnh tổ chức các buổi tọa đàm nhằm tháo gỡ khó khăn cho các doanh nghiệp hoạt động trên địa bàn tỉnh.',
  ),
  L(
    '- Thông qua việc tiếp nhận và giải quyết TTHC đối với các cá nhân, tổ chức, hướng dẫn cách thức để công dân, tổ chức sử dụng dịch vụ hành chính công, các dịch vụ công trực tuyến.',
  ),
  L('III. TỔ CHỨC THỰC HIỆN'),
  L(
    '- Trưởng các phòng, đơn vị và toàn thể cán bộ, công chức và người lao động thuộc Sở nghiêm túc triển khai có hiệu quả kế hoạch này.',
  ),
  L(
    '- Giao Văn phòng Sở tổ chức theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; trong quá trình thực hiện nếu có vướng mắc các đơn vị phản ánh với Văn phòng Sở để tổng hợp báo cáo Ban Giám đốc xem xét, quyết định./.',
  ),
  L('Nơi nhận:'),
  L('- BGĐ (để báo cáo);'),
  L('- Các phòng, đơn vị thuộc Sở;'),
  L('- Lưu: VT, VP.'),
  L('GIÁM ĐỐC'),
  L('Mai Văn Quyết'),
]

export const seedLegalDocuments: SeedLegalDocument[] = [
  {
    key: '13-ct-ttg-2015',
    number: '13/CT-TTg',
    documentType: 'chi-thi',
    issuerKey: 'thu-tuong',
    title: L(
      'Về việc tăng cường trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trong công tác cải cách thủ tục hành chính',
      'On strengthening the responsibility of the heads of state administrative agencies at all levels for administrative procedure reform',
    ),
    issuedAt: '2015-06-10',
    signer: 'Nguyễn Tấn Dũng',
    signerTitle: L('Thủ tướng Chính phủ', 'Prime Minister'),
    topics: [CCHC, 'Thủ tục hành chính'],
  },
  {
    key: '76-nq-cp-2021',
    number: '76/NQ-CP',
    documentType: 'nghi-quyet',
    issuerKey: 'chinh-phu',
    title: L(
      'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030',
      'Promulgating the master programme for state administrative reform, 2021-2030',
    ),
    issuedAt: '2021-07-15',
    signer: 'Trương Hòa Bình',
    signerTitle: L('Phó Thủ tướng Thường trực', 'Permanent Deputy Prime Minister'),
    summary: L(
      'Chương trình gồm sáu nội dung: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển Chính phủ điện tử, Chính phủ số. Đến năm 2025, ít nhất 80% thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 (ít nhất 90% vào năm 2030); cắt giảm ít nhất 20% quy định và chi phí tuân thủ quy định liên quan đến hoạt động kinh doanh; 100% người dùng dịch vụ công trực tuyến được định danh điện tử. Chương trình cũng đặt chỉ tiêu ít nhất 80% thủ tục hành chính được tích hợp lên Cổng Dịch vụ công quốc gia và ít nhất 80% được thanh toán phí, lệ phí trực tuyến.',
      'The programme covers six areas: institutional reform; administrative procedure reform; reform of the state administrative apparatus; civil service reform; public finance reform; and building e-government and digital government. By 2025, at least 80% of administrative procedures are to be offered online at levels 3 and 4 (at least 90% by 2030); business regulations and compliance costs are to be cut by at least 20%; and every user of online public services is to have an electronic identity. It also targets at least 80% of procedures integrated on the National Public Service Portal and at least 80% with online payment of fees.',
    ),
    topics: [CCHC],
  },
  {
    key: '24-2014-nd-cp',
    number: '24/2014/NĐ-CP',
    documentType: 'nghi-dinh',
    issuerKey: 'chinh-phu',
    title: L(
      'Quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
      'On the organisation of specialised agencies under the People’s Committees of provinces and centrally run cities',
    ),
    // Date as cited by the 2022 plan. Signer and effective dates not verified.
    issuedAt: '2014-04-04',
    topics: ['Tổ chức bộ máy'],
  },
  {
    key: '107-2020-nd-cp',
    number: '107/2020/NĐ-CP',
    documentType: 'nghi-dinh',
    issuerKey: 'chinh-phu',
    title: L(
      'Sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
      'Amending and supplementing several articles of Decree 24/2014/ND-CP on the organisation of specialised agencies under the People’s Committees of provinces and centrally run cities',
    ),
    // Signer and effective dates not verified.
    issuedAt: '2020-09-14',
    topics: ['Tổ chức bộ máy'],
  },
  {
    key: '43-2011-nd-cp',
    number: '43/2011/NĐ-CP',
    documentType: 'nghi-dinh',
    issuerKey: 'chinh-phu',
    title: L(
      'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
      'On the provision of information and online public services on the websites and portals of state agencies',
    ),
    issuedAt: '2011-06-13',
    effectiveFrom: '2011-10-01',
    effectiveUntil: '2022-08-15',
    signer: 'Nguyễn Tấn Dũng',
    signerTitle: L('Thủ tướng Chính phủ', 'Prime Minister'),
    summary: L(
      'Quy định thông tin phải cung cấp trên trang, cổng thông tin điện tử của cơ quan nhà nước và bốn mức độ dịch vụ công trực tuyến: mức 1 cung cấp thông tin; mức 2 cho phép tải mẫu đơn; mức 3 nộp và xử lý hồ sơ trực tuyến, nộp phí và nhận kết quả trực tiếp; mức 4 thanh toán trực tuyến và nhận kết quả trực tuyến hoặc qua bưu chính.',
      'Set out what information state agency websites and portals must publish, and four levels of online public service: level 1 information only; level 2 downloadable forms; level 3 online submission and processing, with fees paid and results collected in person; level 4 also online payment, with the result returned online or by post.',
    ),
    topics: ['Dịch vụ công trực tuyến', 'Cổng thông tin điện tử'],
    expiryReason: L(
      'Bị thay thế bởi Nghị định số 42/2022/NĐ-CP, có hiệu lực từ ngày 15/8/2022.',
      'Replaced by Decree 42/2022/ND-CP, in force from 15 August 2022.',
    ),
  },
  {
    key: '42-2022-nd-cp',
    number: '42/2022/NĐ-CP',
    documentType: 'nghi-dinh',
    issuerKey: 'chinh-phu',
    title: L(
      'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
      'On the provision of information and online public services by state agencies on the network',
    ),
    issuedAt: '2022-06-24',
    effectiveFrom: '2022-08-15',
    signer: 'Vũ Đức Đam',
    signerTitle: L('Phó Thủ tướng', 'Deputy Prime Minister'),
    summary: L(
      'Quy định nội dung thông tin và chức năng của cổng thông tin điện tử của cơ quan nhà nước; chia dịch vụ công trực tuyến thành hai loại (Điều 11): toàn trình, khi việc nộp và giải quyết hồ sơ được thực hiện hoàn toàn trên môi trường mạng và kết quả được trả trực tuyến hoặc qua bưu chính công ích; và một phần, với các dịch vụ không đáp ứng điều kiện toàn trình.',
      'Sets out the content and functions of state agency portals, and splits online public services into two kinds (Art. 11): full process, where submission and handling happen entirely online and the result is returned online or by public post; and partial, for services that do not meet the full-process conditions.',
    ),
    topics: ['Dịch vụ công trực tuyến', 'Cổng thông tin điện tử'],
  },
  {
    key: '04-nq-tu-2021',
    number: '04-NQ/TU',
    documentType: 'nghi-quyet',
    issuerKey: 'tu-nam-dinh',
    // The trích yếu is not verified: the title names the document by its verified number, date and issuer only.
    title: L(
      'Nghị quyết số 04-NQ/TU ngày 18/6/2021 của Ban Chấp hành Đảng bộ tỉnh',
      'Resolution 04-NQ/TU of 18 June 2021 of the Provincial Party Committee',
    ),
    issuedAt: '2021-06-18',
  },
  {
    key: '111-kh-ubnd-2021',
    number: '111/KH-UBND',
    documentType: 'ke-hoach',
    issuerKey: 'ubnd-nam-dinh',
    // Exact trích yếu not verified: worded as the 2022 plan cites it.
    title: L(
      'Kế hoạch số 111/KH-UBND ngày 29/9/2021 của UBND tỉnh Nam Định về cải cách hành chính tỉnh giai đoạn 2021-2025',
      'Plan 111/KH-UBND of 29 September 2021 of the Nam Định Provincial People’s Committee on the province’s administrative reform, 2021-2025',
    ),
    issuedAt: '2021-09-29',
    topics: [CCHC],
  },
  {
    key: 'ke-hoach-tuyen-truyen-cchc-2022',
    // The source does not show the plan's number: the seeder leaves the number empty (numberUnknown).
    number: 'KH-CCHC-2022',
    numberUnknown: true,
    documentType: 'ke-hoach',
    issuerKey: 'so',
    title: L(
      'Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022',
      'Plan for communication on administrative reform, 2022',
    ),
    // The exact issue date is not in the source: the seeder stores the year only (issuedAtPrecision 'year').
    issuedAt: '2022-01-01',
    issuedAtApproximate: true,
    signer: 'Mai Văn Quyết',
    signerTitle: L('Giám đốc', 'Director'),
    summary: L(
      'Kế hoạch của Sở về mục đích, yêu cầu, nội dung và hình thức thông tin tuyên truyền về cải cách hành chính năm 2022, và việc tổ chức thực hiện; Văn phòng Sở theo dõi, đôn đốc, kiểm tra việc thực hiện.',
      'The department’s plan for communicating administrative reform in 2022: aims, requirements, content and channels, and who carries it out; the Department Office follows up and checks progress.',
    ),
    topics: [CCHC, 'Thông tin tuyên truyền'],
    paragraphs: PLAN_2022_TEXT,
  },
]

export const seedDocumentRelations: SeedDocumentRelation[] = [
  { sourceKey: '107-2020-nd-cp', kind: 'amends', targetKey: '24-2014-nd-cp' },
  {
    sourceKey: '42-2022-nd-cp',
    kind: 'replaces',
    targetKey: '43-2011-nd-cp',
    note: L('Thay thế toàn bộ từ ngày 15/8/2022.', 'Replaced in full from 15 August 2022.'),
  },
  { sourceKey: 'ke-hoach-tuyen-truyen-cchc-2022', kind: 'based-on', targetKey: '76-nq-cp-2021' },
  { sourceKey: 'ke-hoach-tuyen-truyen-cchc-2022', kind: 'based-on', targetKey: '13-ct-ttg-2015' },
  { sourceKey: 'ke-hoach-tuyen-truyen-cchc-2022', kind: 'based-on', targetKey: '04-nq-tu-2021' },
  { sourceKey: 'ke-hoach-tuyen-truyen-cchc-2022', kind: 'based-on', targetKey: '111-kh-ubnd-2021' },
  { sourceKey: 'ke-hoach-tuyen-truyen-cchc-2022', kind: 'references', targetKey: '107-2020-nd-cp' },
]
