import { ONE_STOP } from './common'
import { L } from '../localized'

/**
 * Fifteen more demo procedures, shaped like seedProcedures in ../procedures.ts. Codes and processing
 * times are illustrative: an editor checks them against the announcement decision before real use.
 * Fee amounts are given only where known; otherwise `fees` is empty and the channel note says so.
 */
type SeedProcedure = {
  code: string
  name: L
  field: L
  levels: ('province' | 'commune' | 'ministry' | 'other' | 'district')[]
  implementingAgency: L
  applicants: L
  receivingAddress: L
  steps: { title: L; description?: L }[]
  channels: {
    method: 'direct' | 'online' | 'postal'
    processingTime?: number
    timeUnit?: 'working-days' | 'days' | 'hours'
    fees: { name: L; amount: number; note?: L }[]
    note?: L
  }[]
  dossierCases: { name?: L; components: { name: L; originals: number; copies: number }[] }[]
  requirements?: L
  result: L
  legalBasis: L
  onlineService: { level: 'full' | 'partial' | 'none'; legacyLevel?: '3' | '4'; url?: string }
}

const COMMUNE_ONE_STOP = L('Bộ phận một cửa của Ủy ban nhân dân cấp xã.', 'The one-stop desk of the commune People’s Committee.')
const BUSINESS_PORTAL = 'https://dangkykinhdoanh.gov.vn'
const FEES_AS_REGULATED = L('Phí, lệ phí theo quy định hiện hành.', 'Fees as currently regulated.')
const FEE_SET_BY_COUNCIL = L('Lệ phí do Hội đồng nhân dân tỉnh quy định.', 'Fee set by the Provincial People’s Council.')

const REGISTRATION_FEE = L('Lệ phí đăng ký doanh nghiệp', 'Registration fee')
const PUBLICATION_FEE = L('Phí công bố nội dung đăng ký doanh nghiệp', 'Fee for publishing the registration')

export const seedMoreProcedures: SeedProcedure[] = [
  // Sở Nội vụ
  {
    code: '1.000843',
    name: L('Tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh', 'Emulation flag of the Provincial People’s Committee'),
    field: L('Thi đua, khen thưởng', 'Emulation and commendation'),
    levels: ['province'],
    implementingAgency: L('Sở Nội vụ', 'Department of Home Affairs'),
    applicants: L('Tập thể dẫn đầu phong trào thi đua của cụm, khối thi đua hoặc của ngành, lĩnh vực thuộc tỉnh, đáp ứng tiêu chuẩn của Luật Thi đua, khen thưởng.', 'Groups leading an emulation movement in their bloc or sector of the province that meet the standards of the Law on Emulation and Commendation.'),
    receivingAddress: L('Sở Nội vụ, qua Hệ thống quản lý văn bản và điều hành.', 'Department of Home Affairs, through the document management system.'),
    steps: [
      { title: L('Cụm, khối thi đua hoặc cơ quan, đơn vị trình hồ sơ đề nghị', 'The emulation bloc or nominating body submits the dossier') },
      { title: L('Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh', 'The department reviews it and submits it to the Chairman') },
      { title: L('Chủ tịch Ủy ban nhân dân tỉnh quyết định tặng Cờ thi đua', 'The Chairman decides') },
    ],
    channels: [{ method: 'direct', processingTime: 20, timeUnit: 'working-days', fees: [] }],
    dossierCases: [
      {
        components: [
          { name: L('Tờ trình đề nghị khen thưởng', 'Nomination letter'), originals: 1, copies: 0 },
          { name: L('Biên bản họp bình xét của cụm, khối thi đua hoặc hội đồng thi đua, khen thưởng', 'Minutes of the bloc’s or council’s selection meeting'), originals: 1, copies: 0 },
          { name: L('Báo cáo thành tích của tập thể', 'Report of the group’s achievements'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Quyết định tặng Cờ thi đua.', 'Decision awarding the emulation flag.'),
    legalBasis: L('Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP.', 'Law on Emulation and Commendation 2022; Decree 98/2023/ND-CP.'),
    onlineService: { level: 'none' },
  },
  {
    code: '1.001090',
    name: L('Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký để sinh hoạt tôn giáo tập trung', 'Request to hold a religious ceremony outside a religious establishment or registered place of worship'),
    field: L('Tôn giáo', 'Religion'),
    levels: ['province'],
    implementingAgency: L('Cơ quan chuyên môn về tín ngưỡng, tôn giáo thuộc Ủy ban nhân dân cấp tỉnh', 'The provincial agency in charge of religious affairs'),
    applicants: L('Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc, cơ sở tôn giáo.', 'Religious organisations, their affiliated organisations and religious establishments.'),
    receivingAddress: ONE_STOP,
    steps: [
      {
        title: L('Gửi văn bản đề nghị', 'Send the written request'),
        description: L('Thẩm quyền chấp thuận tùy thuộc quy mô và địa bàn tổ chức cuộc lễ.', 'Which authority decides depends on the size and location of the ceremony.'),
      },
      { title: L('Cơ quan có thẩm quyền xem xét, trả lời bằng văn bản; trường hợp không chấp thuận phải nêu rõ lý do', 'The authority replies in writing, giving reasons if it refuses') },
    ],
    channels: [
      { method: 'direct', processingTime: 15, timeUnit: 'days', fees: [] },
      { method: 'postal', processingTime: 15, timeUnit: 'days', fees: [] },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Văn bản đề nghị nêu rõ tên cuộc lễ, người chủ trì, nội dung, chương trình, thời gian, địa điểm, quy mô và thành phần tham dự', 'Request stating the ceremony, who presides, its content and programme, date, place, scale and participants'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Văn bản chấp thuận hoặc không chấp thuận.', 'Written approval or refusal.'),
    legalBasis: L('Luật Tín ngưỡng, tôn giáo năm 2016.', 'Law on Belief and Religion 2016.'),
    onlineService: { level: 'none' },
  },
  {
    code: '1.005393',
    name: L('Xét tuyển viên chức', 'Recruiting public employees by selection'),
    field: L('Công chức, viên chức', 'Civil servants and public employees'),
    levels: ['province'],
    implementingAgency: L('Sở hoặc đơn vị sự nghiệp công lập được giao thẩm quyền tuyển dụng', 'The department or the public service unit with recruiting powers'),
    applicants: L('Người đáp ứng điều kiện đăng ký dự tuyển viên chức theo Luật Viên chức.', 'Anyone who meets the conditions of the Law on Public Employees.'),
    receivingAddress: L('Địa điểm ghi trong thông báo tuyển dụng.', 'The address given in the recruitment notice.'),
    steps: [
      { title: L('Thông báo tuyển dụng công khai', 'Public recruitment notice') },
      { title: L('Nộp Phiếu đăng ký dự tuyển', 'Submit the application form') },
      {
        title: L('Xét tuyển hai vòng', 'Two-round selection'),
        description: L('Vòng 1 kiểm tra điều kiện, tiêu chuẩn; vòng 2 phỏng vấn hoặc thực hành.', 'Round 1 checks eligibility; round 2 is an interview or practical test.'),
      },
      { title: L('Thông báo kết quả, hoàn thiện hồ sơ tuyển dụng', 'Results announced and recruitment file completed') },
    ],
    channels: [
      {
        method: 'direct',
        fees: [],
        note: L('Thời hạn nhận Phiếu đăng ký dự tuyển ghi trong thông báo tuyển dụng. Phí, lệ phí theo quy định hiện hành.', 'The application deadline is given in the recruitment notice. Fees as currently regulated.'),
      },
      { method: 'postal', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [{ components: [{ name: L('Phiếu đăng ký dự tuyển (theo mẫu)', 'Application form (standard form)'), originals: 1, copies: 0 }] }],
    result: L('Quyết định tuyển dụng viên chức.', 'Recruitment decision.'),
    legalBasis: L('Luật Viên chức năm 2010 (sửa đổi, bổ sung năm 2019); Nghị định số 115/2020/NĐ-CP; Nghị định số 85/2023/NĐ-CP.', 'Law on Public Employees 2010 (amended 2019); Decree 115/2020/ND-CP; Decree 85/2023/ND-CP.'),
    onlineService: { level: 'none' },
  },
  {
    code: '2.001815',
    name: L('Phục vụ việc sử dụng tài liệu lưu trữ của độc giả tại phòng đọc', 'Using archival records in the reading room'),
    field: L('Văn thư, lưu trữ', 'Records and archives'),
    levels: ['province'],
    implementingAgency: L('Lưu trữ lịch sử tỉnh', 'Provincial Historical Archives'),
    applicants: L('Cơ quan, tổ chức, cá nhân có nhu cầu sử dụng tài liệu lưu trữ.', 'Any organisation or person who needs to consult archival records.'),
    receivingAddress: L('Phòng đọc của Lưu trữ lịch sử tỉnh.', 'Reading room of the Provincial Historical Archives.'),
    steps: [
      { title: L('Xuất trình giấy tờ tùy thân, điền phiếu yêu cầu đọc tài liệu', 'Show your identity papers and fill in a request slip') },
      { title: L('Lưu trữ lịch sử xem xét, phục vụ tài liệu', 'The archives review the request and bring the records') },
      { title: L('Cấp bản sao, chứng thực lưu trữ nếu có yêu cầu', 'Certified copies on request') },
    ],
    channels: [
      {
        method: 'direct',
        fees: [],
        note: L('Tài liệu thuộc diện hạn chế sử dụng chỉ được phục vụ khi được cấp có thẩm quyền cho phép. Phí, lệ phí theo quy định hiện hành.', 'Restricted records are produced only with the competent authority’s permission. Fees as currently regulated.'),
      },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Phiếu yêu cầu đọc tài liệu', 'Request slip'), originals: 1, copies: 0 },
          { name: L('Căn cước hoặc giấy tờ tùy thân (xuất trình)', 'Identity card or other identity papers (to show)'), originals: 1, copies: 0 },
          { name: L('Giấy giới thiệu, nếu sử dụng tài liệu vì mục đích công vụ', 'Letter of introduction, when consulting records for official purposes'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Tài liệu được phục vụ tại phòng đọc; bản sao, bản chứng thực lưu trữ nếu có yêu cầu.', 'Records produced in the reading room; certified copies on request.'),
    legalBasis: L('Luật Lưu trữ năm 2024.', 'Law on Archives 2024.'),
    onlineService: { level: 'none' },
  },
  {
    code: '1.003918',
    name: L('Thành lập hội có phạm vi hoạt động trong tỉnh', 'Establishing an association operating within the province'),
    field: L('Tổ chức phi chính phủ', 'Non-governmental organisations'),
    levels: ['province'],
    implementingAgency: L('Sở Nội vụ (thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh)', 'Department of Home Affairs (reviews and submits to the Chairman of the Provincial People’s Committee)'),
    applicants: L('Ban vận động thành lập hội đã được công nhận.', 'The recognised founding committee of the association.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đề nghị thành lập hội', 'Submit the application') },
      { title: L('Sở Nội vụ thẩm định, lấy ý kiến cơ quan quản lý ngành, lĩnh vực liên quan', 'The department reviews it and consults the sector authority') },
      { title: L('Chủ tịch Ủy ban nhân dân tỉnh quyết định cho phép thành lập hội', 'The Chairman decides whether to allow the association') },
    ],
    channels: [
      { method: 'direct', processingTime: 30, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'postal', processingTime: 30, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 30, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn đề nghị thành lập hội', 'Application to establish the association'), originals: 1, copies: 0 },
          { name: L('Dự thảo điều lệ hội', 'Draft charter'), originals: 1, copies: 0 },
          { name: L('Danh sách thành viên ban vận động thành lập hội', 'List of founding committee members'), originals: 1, copies: 0 },
          { name: L('Giấy tờ về nơi dự kiến đặt trụ sở của hội', 'Papers on the intended office'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Quyết định cho phép thành lập hội.', 'Decision allowing the association to be established.'),
    legalBasis: L('Nghị định số 126/2024/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội.', 'Decree 126/2024/ND-CP on the organisation, operation and management of associations.'),
    onlineService: { level: 'partial' },
  },

  // Sở Tư pháp
  {
    code: '2.000789',
    name: L('Đăng ký hoạt động Văn phòng công chứng', 'Registering a notary office for operation'),
    field: L('Công chứng', 'Notarisation'),
    levels: ['province'],
    implementingAgency: L('Sở Tư pháp', 'Department of Justice'),
    applicants: L('Văn phòng công chứng đã có quyết định cho phép thành lập.', 'A notary office whose establishment has been approved.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đăng ký hoạt động', 'Submit the registration dossier') },
      { title: L('Sở Tư pháp kiểm tra hồ sơ, cấp giấy đăng ký hoạt động', 'The department checks it and issues the registration certificate') },
      { title: L('Nhận giấy đăng ký hoạt động', 'Receive the registration certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'postal', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn đăng ký hoạt động Văn phòng công chứng', 'Registration application'), originals: 1, copies: 0 },
          { name: L('Giấy tờ chứng minh về trụ sở của Văn phòng công chứng', 'Proof of the office premises'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Giấy đăng ký hoạt động Văn phòng công chứng.', 'Notary office registration certificate.'),
    legalBasis: L('Luật Công chứng năm 2024.', 'Law on Notarisation 2024.'),
    onlineService: { level: 'partial' },
  },
  {
    code: '1.002032',
    name: L('Đăng ký hoạt động của tổ chức hành nghề luật sư', 'Registering a law-practising organisation'),
    field: L('Luật sư', 'Lawyers'),
    levels: ['province'],
    implementingAgency: L('Sở Tư pháp', 'Department of Justice'),
    applicants: L('Văn phòng luật sư, công ty luật.', 'Law offices and law firms.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đăng ký hoạt động', 'Submit the registration dossier') },
      { title: L('Sở Tư pháp xem xét, cấp Giấy đăng ký hoạt động', 'The department reviews it and issues the certificate') },
      { title: L('Nhận Giấy đăng ký hoạt động', 'Receive the certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'postal', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 10, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        name: L('Văn phòng luật sư', 'Law office'),
        components: [
          { name: L('Đơn đề nghị đăng ký hoạt động', 'Registration application'), originals: 1, copies: 0 },
          { name: L('Chứng chỉ hành nghề luật sư, Thẻ luật sư của luật sư thành lập', 'Practising certificate and lawyer’s card of the founder'), originals: 0, copies: 1 },
          { name: L('Giấy tờ chứng minh về trụ sở', 'Proof of the office premises'), originals: 0, copies: 1 },
        ],
      },
      {
        name: L('Công ty luật', 'Law firm'),
        components: [
          { name: L('Đơn đề nghị đăng ký hoạt động', 'Registration application'), originals: 1, copies: 0 },
          { name: L('Dự thảo điều lệ công ty', 'Draft company charter'), originals: 1, copies: 0 },
          { name: L('Chứng chỉ hành nghề luật sư, Thẻ luật sư của các luật sư thành viên', 'Practising certificates and lawyer’s cards of the member lawyers'), originals: 0, copies: 1 },
          { name: L('Giấy tờ chứng minh về trụ sở', 'Proof of the office premises'), originals: 0, copies: 1 },
        ],
      },
    ],
    requirements: L('Luật sư thành lập hoặc tham gia thành lập tổ chức hành nghề luật sư phải có ít nhất hai năm hành nghề liên tục theo quy định của Luật Luật sư.', 'Founding lawyers must have practised continuously for at least two years, as the Law on Lawyers requires.'),
    result: L('Giấy đăng ký hoạt động của tổ chức hành nghề luật sư.', 'Registration certificate of the law-practising organisation.'),
    legalBasis: L('Luật Luật sư năm 2006 (sửa đổi, bổ sung năm 2012).', 'Law on Lawyers 2006 (amended 2012).'),
    onlineService: { level: 'partial' },
  },
  {
    code: '1.000894',
    name: L('Đăng ký kết hôn có yếu tố nước ngoài', 'Registering a marriage involving a foreigner'),
    field: L('Hộ tịch', 'Civil status'),
    levels: ['commune', 'district'],
    implementingAgency: L('Ủy ban nhân dân cấp xã (trước ngày 01/7/2025: Ủy ban nhân dân cấp huyện)', 'Commune People’s Committee (district People’s Committee before 1 July 2025)'),
    applicants: L('Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú ở trong nước kết hôn với công dân Việt Nam định cư ở nước ngoài.', 'Vietnamese citizens marrying a foreigner, or a Vietnamese citizen living in Vietnam marrying one who lives abroad.'),
    receivingAddress: L('Bộ phận một cửa của Ủy ban nhân dân cấp xã nơi cư trú của công dân Việt Nam.', 'The one-stop desk of the commune People’s Committee where the Vietnamese citizen lives.'),
    steps: [
      { title: L('Nộp hồ sơ đăng ký kết hôn', 'Submit the application') },
      { title: L('Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ', 'The civil status officer checks and verifies it') },
      { title: L('Hai bên nam, nữ có mặt để ký Giấy chứng nhận kết hôn và nhận kết quả', 'Both partners attend in person to sign the marriage certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 15, timeUnit: 'days', fees: [], note: FEE_SET_BY_COUNCIL },
      { method: 'online', processingTime: 15, timeUnit: 'days', fees: [], note: FEE_SET_BY_COUNCIL },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Tờ khai đăng ký kết hôn', 'Marriage registration form'), originals: 1, copies: 0 },
          { name: L('Giấy xác nhận của tổ chức y tế có thẩm quyền về việc không mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, làm chủ hành vi', 'Medical certificate that the person has no mental illness or other condition depriving them of awareness or control of their acts'), originals: 1, copies: 0 },
          { name: L('Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài', 'Proof of the foreign partner’s marital status'), originals: 1, copies: 0 },
          { name: L('Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài', 'Passport or equivalent document of the foreign partner'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Giấy chứng nhận kết hôn.', 'Marriage certificate.'),
    legalBasis: L('Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.', 'Law on Marriage and Family 2014; Law on Civil Status 2014; Decree 123/2015/ND-CP.'),
    onlineService: { level: 'partial' },
  },
  {
    code: '2.000979',
    name: L('Thực hiện trợ giúp pháp lý', 'Requesting legal aid'),
    field: L('Trợ giúp pháp lý', 'Legal aid'),
    levels: ['province'],
    implementingAgency: L('Trung tâm trợ giúp pháp lý nhà nước thuộc Sở Tư pháp', 'State Legal Aid Centre, Department of Justice'),
    applicants: L('Người được trợ giúp pháp lý theo Luật Trợ giúp pháp lý, như người có công với cách mạng, người thuộc hộ nghèo, trẻ em và các đối tượng khác theo quy định.', 'People entitled to legal aid under the Law on Legal Aid, such as people with merit to the revolution, members of poor households, children and others the law lists.'),
    receivingAddress: L('Trung tâm trợ giúp pháp lý nhà nước hoặc chi nhánh của Trung tâm.', 'The State Legal Aid Centre or one of its branches.'),
    steps: [
      { title: L('Nộp đơn yêu cầu và giấy tờ chứng minh thuộc diện được trợ giúp pháp lý', 'Submit the request and proof of entitlement') },
      { title: L('Trung tâm kiểm tra, thụ lý yêu cầu', 'The centre checks and accepts the request') },
      { title: L('Phân công người thực hiện trợ giúp pháp lý', 'A legal aid provider is assigned') },
    ],
    channels: [
      { method: 'direct', fees: [], note: L('Trợ giúp pháp lý là dịch vụ pháp lý miễn phí.', 'Legal aid is free of charge.') },
      { method: 'postal', fees: [], note: L('Trợ giúp pháp lý là dịch vụ pháp lý miễn phí.', 'Legal aid is free of charge.') },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn yêu cầu trợ giúp pháp lý', 'Legal aid request'), originals: 1, copies: 0 },
          { name: L('Giấy tờ chứng minh là người được trợ giúp pháp lý', 'Proof of entitlement to legal aid'), originals: 0, copies: 1 },
          { name: L('Giấy tờ, tài liệu liên quan đến vụ việc', 'Papers relating to the case'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Người yêu cầu được tư vấn pháp luật, tham gia tố tụng hoặc đại diện ngoài tố tụng theo hình thức trợ giúp pháp lý phù hợp.', 'Legal advice, representation in court or out-of-court representation, as suits the case.'),
    legalBasis: L('Luật Trợ giúp pháp lý năm 2017.', 'Law on Legal Aid 2017.'),
    onlineService: { level: 'none' },
  },

  // Sở Tài chính (đăng ký kinh doanh)
  {
    code: '2.002030',
    name: L('Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'Registering a single-member limited liability company'),
    field: L('Thành lập và hoạt động của doanh nghiệp', 'Business registration'),
    levels: ['province'],
    implementingAgency: L('Phòng Đăng ký kinh doanh thuộc Sở Tài chính', 'Business Registration Office, Department of Finance'),
    applicants: L('Cá nhân hoặc tổ chức là chủ sở hữu công ty.', 'The individual or organisation that will own the company.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đăng ký doanh nghiệp', 'Submit the registration dossier'), description: L('Khuyến khích nộp qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.', 'Applying through the National Business Registration Portal is encouraged.') },
      { title: L('Phòng Đăng ký kinh doanh xem xét hồ sơ', 'The office reviews the dossier') },
      { title: L('Nhận Giấy chứng nhận đăng ký doanh nghiệp', 'Receive the enterprise registration certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 3, timeUnit: 'working-days', fees: [{ name: REGISTRATION_FEE, amount: 50000 }, { name: PUBLICATION_FEE, amount: 100000 }] },
      {
        method: 'online',
        processingTime: 3,
        timeUnit: 'working-days',
        fees: [
          { name: REGISTRATION_FEE, amount: 0, note: L('Miễn lệ phí khi đăng ký qua mạng', 'Exempt when filed online') },
          { name: PUBLICATION_FEE, amount: 100000 },
        ],
      },
      { method: 'postal', processingTime: 3, timeUnit: 'working-days', fees: [{ name: REGISTRATION_FEE, amount: 50000 }, { name: PUBLICATION_FEE, amount: 100000 }] },
    ],
    dossierCases: [
      {
        name: L('Chủ sở hữu là cá nhân', 'Owned by an individual'),
        components: [
          { name: L('Giấy đề nghị đăng ký doanh nghiệp', 'Enterprise registration request'), originals: 1, copies: 0 },
          { name: L('Điều lệ công ty', 'Company charter'), originals: 1, copies: 0 },
          { name: L('Giấy tờ pháp lý của cá nhân là chủ sở hữu', 'Identity papers of the owner'), originals: 0, copies: 1 },
        ],
      },
      {
        name: L('Chủ sở hữu là tổ chức', 'Owned by an organisation'),
        components: [
          { name: L('Giấy đề nghị đăng ký doanh nghiệp', 'Enterprise registration request'), originals: 1, copies: 0 },
          { name: L('Điều lệ công ty', 'Company charter'), originals: 1, copies: 0 },
          { name: L('Giấy tờ pháp lý của tổ chức là chủ sở hữu', 'Legal papers of the owning organisation'), originals: 0, copies: 1 },
          { name: L('Văn bản cử người đại diện theo ủy quyền và giấy tờ pháp lý của người đó', 'Appointment of the authorised representative, with their identity papers'), originals: 1, copies: 1 },
        ],
      },
    ],
    requirements: L('Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp không trùng hoặc gây nhầm lẫn với doanh nghiệp đã đăng ký.', 'The business lines are not prohibited, and the name does not duplicate or resemble that of a registered enterprise.'),
    result: L('Giấy chứng nhận đăng ký doanh nghiệp.', 'Enterprise registration certificate.'),
    legalBasis: L('Luật Doanh nghiệp năm 2020; Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp; Thông tư số 47/2019/TT-BTC.', 'Law on Enterprises 2020; Decree 168/2025/ND-CP on business registration; Circular 47/2019/TT-BTC.'),
    onlineService: { level: 'full', url: BUSINESS_PORTAL },
  },
  {
    code: '2.002015',
    name: L('Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', 'Notice of suspending business, or of resuming before the notified date'),
    field: L('Thành lập và hoạt động của doanh nghiệp', 'Business registration'),
    levels: ['province'],
    implementingAgency: L('Phòng Đăng ký kinh doanh thuộc Sở Tài chính', 'Business Registration Office, Department of Finance'),
    applicants: L('Doanh nghiệp.', 'Enterprises.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Gửi thông báo đến Phòng Đăng ký kinh doanh', 'Send the notice to the Business Registration Office') },
      { title: L('Phòng Đăng ký kinh doanh tiếp nhận, cập nhật tình trạng doanh nghiệp', 'The office records the change of status') },
      { title: L('Nhận giấy xác nhận', 'Receive the confirmation') },
    ],
    channels: [
      { method: 'direct', processingTime: 3, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 3, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn', 'Notice of suspension or early resumption'), originals: 1, copies: 0 },
          { name: L('Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông về việc tạm ngừng hoặc tiếp tục kinh doanh (đối với công ty)', 'Resolution or decision of the owner, members’ council or shareholders’ meeting (for companies)'), originals: 1, copies: 0 },
        ],
      },
    ],
    requirements: L('Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.', 'The notice is due at least 3 working days before the suspension, or before resuming earlier than notified.'),
    result: L('Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.', 'Confirmation that the suspension or early resumption has been registered.'),
    legalBasis: L('Luật Doanh nghiệp năm 2020; Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp.', 'Law on Enterprises 2020; Decree 168/2025/ND-CP on business registration.'),
    onlineService: { level: 'full', url: BUSINESS_PORTAL },
  },
  {
    code: '2.000575',
    name: L('Đăng ký thành lập hộ kinh doanh', 'Registering a household business'),
    field: L('Thành lập và hoạt động của hộ kinh doanh', 'Household businesses'),
    levels: ['commune', 'district'],
    implementingAgency: L('Ủy ban nhân dân cấp xã (trước ngày 01/7/2025: cơ quan đăng ký kinh doanh cấp huyện)', 'Commune People’s Committee (district business registration office before 1 July 2025)'),
    applicants: L('Cá nhân hoặc các thành viên hộ gia đình đăng ký thành lập hộ kinh doanh.', 'An individual or the members of a household.'),
    receivingAddress: COMMUNE_ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đăng ký hộ kinh doanh', 'Submit the registration dossier') },
      { title: L('Cơ quan đăng ký kinh doanh xem xét hồ sơ', 'The registration office reviews it') },
      { title: L('Nhận Giấy chứng nhận đăng ký hộ kinh doanh', 'Receive the household business registration certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 3, timeUnit: 'working-days', fees: [], note: FEE_SET_BY_COUNCIL },
      { method: 'online', processingTime: 3, timeUnit: 'working-days', fees: [], note: FEE_SET_BY_COUNCIL },
    ],
    dossierCases: [
      {
        name: L('Cá nhân đăng ký', 'Registered by an individual'),
        components: [
          { name: L('Giấy đề nghị đăng ký hộ kinh doanh', 'Registration request'), originals: 1, copies: 0 },
          { name: L('Giấy tờ pháp lý của chủ hộ kinh doanh', 'Identity papers of the owner'), originals: 0, copies: 1 },
        ],
      },
      {
        name: L('Các thành viên hộ gia đình cùng đăng ký', 'Registered by household members together'),
        components: [
          { name: L('Giấy đề nghị đăng ký hộ kinh doanh', 'Registration request'), originals: 1, copies: 0 },
          { name: L('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Minutes of the household meeting on setting up the business'), originals: 0, copies: 1 },
          { name: L('Văn bản ủy quyền cho một thành viên làm chủ hộ kinh doanh', 'Authorisation of one member as owner'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Giấy chứng nhận đăng ký hộ kinh doanh.', 'Household business registration certificate.'),
    legalBasis: L('Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp.', 'Decree 168/2025/ND-CP on business registration.'),
    onlineService: { level: 'partial' },
  },

  // Sở Xây dựng
  {
    code: '1.009972',
    name: L('Cấp giấy phép xây dựng mới đối với công trình', 'New construction permit for a building project'),
    field: L('Hoạt động xây dựng', 'Construction'),
    levels: ['province'],
    implementingAgency: L('Sở Xây dựng', 'Department of Construction'),
    applicants: L('Chủ đầu tư xây dựng công trình thuộc thẩm quyền cấp phép của Sở Xây dựng.', 'Owners of projects for which the Department of Construction issues permits.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đề nghị cấp giấy phép xây dựng', 'Submit the permit application') },
      { title: L('Sở Xây dựng thẩm định hồ sơ, kiểm tra thực địa khi cần', 'The department reviews it and inspects the site if needed') },
      { title: L('Nhận giấy phép xây dựng', 'Receive the construction permit') },
    ],
    channels: [
      { method: 'direct', processingTime: 20, timeUnit: 'days', fees: [], note: L('Lệ phí cấp giấy phép xây dựng do Hội đồng nhân dân tỉnh quy định.', 'The permit fee is set by the Provincial People’s Council.') },
      { method: 'online', processingTime: 20, timeUnit: 'days', fees: [], note: L('Lệ phí cấp giấy phép xây dựng do Hội đồng nhân dân tỉnh quy định.', 'The permit fee is set by the Provincial People’s Council.') },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn đề nghị cấp giấy phép xây dựng', 'Permit application'), originals: 1, copies: 0 },
          { name: L('Giấy tờ chứng minh quyền sử dụng đất', 'Proof of land use rights'), originals: 0, copies: 1 },
          { name: L('Quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng (nếu có)', 'Project approval decision and the construction authority’s appraisal notice (if any)'), originals: 0, copies: 1 },
          { name: L('Bản vẽ thiết kế xây dựng', 'Construction design drawings'), originals: 0, copies: 2 },
        ],
      },
    ],
    result: L('Giấy phép xây dựng.', 'Construction permit.'),
    legalBasis: L('Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020).', 'Law on Construction 2014 (amended 2020).'),
    onlineService: { level: 'partial' },
  },
  {
    code: '1.009982',
    name: L('Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'Construction practice certificate, class II or III'),
    field: L('Hoạt động xây dựng', 'Construction'),
    levels: ['province'],
    implementingAgency: L('Sở Xây dựng', 'Department of Construction'),
    applicants: L('Cá nhân hoạt động xây dựng đáp ứng điều kiện về trình độ chuyên môn và kinh nghiệm theo quy định.', 'Construction professionals who meet the required qualifications and experience.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đề nghị cấp chứng chỉ', 'Submit the application') },
      { title: L('Sát hạch và xét cấp chứng chỉ', 'Examination and assessment') },
      { title: L('Nhận chứng chỉ hành nghề', 'Receive the certificate') },
    ],
    channels: [
      { method: 'direct', processingTime: 20, timeUnit: 'days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 20, timeUnit: 'days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn đề nghị cấp chứng chỉ hành nghề', 'Application form'), originals: 1, copies: 0 },
          { name: L('Văn bằng đào tạo chuyên môn', 'Professional qualification'), originals: 0, copies: 1 },
          { name: L('Bản khai kinh nghiệm công tác chuyên môn', 'Statement of professional experience'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Chứng chỉ hành nghề hoạt động xây dựng.', 'Construction practice certificate.'),
    legalBasis: L('Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020).', 'Law on Construction 2014 (amended 2020).'),
    onlineService: { level: 'partial' },
  },

  // Sở Nội vụ (lao động)
  {
    code: '1.001946',
    name: L('Đăng ký nội quy lao động', 'Registering internal labour rules'),
    field: L('Lao động', 'Labour'),
    levels: ['province'],
    implementingAgency: L('Sở Nội vụ', 'Department of Home Affairs'),
    applicants: L('Người sử dụng lao động sử dụng từ 10 người lao động trở lên.', 'Employers with 10 or more employees.'),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Nộp hồ sơ đăng ký nội quy lao động', 'Submit the internal rules for registration') },
      {
        title: L('Cơ quan chuyên môn về lao động kiểm tra nội quy', 'The labour authority checks the rules'),
        description: L('Nếu nội quy có quy định trái pháp luật, cơ quan thông báo, hướng dẫn người sử dụng lao động sửa đổi, bổ sung và đăng ký lại.', 'If any rule is unlawful, the authority tells the employer what to change and the rules are registered again.'),
      },
    ],
    channels: [
      { method: 'direct', processingTime: 7, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'postal', processingTime: 7, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
      { method: 'online', processingTime: 7, timeUnit: 'working-days', fees: [], note: FEES_AS_REGULATED },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Văn bản đề nghị đăng ký nội quy lao động', 'Registration request'), originals: 1, copies: 0 },
          { name: L('Nội quy lao động', 'The internal labour rules'), originals: 1, copies: 0 },
          { name: L('Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)', 'Comments of the workplace employee representative organisation (if any)'), originals: 1, copies: 0 },
          { name: L('Các văn bản quy định về kỷ luật lao động, trách nhiệm vật chất (nếu có)', 'Rules on labour discipline and material liability (if any)'), originals: 1, copies: 0 },
        ],
      },
    ],
    requirements: L('Nộp hồ sơ trong thời hạn 10 ngày kể từ ngày ban hành nội quy lao động.', 'File within 10 days of issuing the rules.'),
    result: L('Nội quy lao động có hiệu lực sau 15 ngày kể từ ngày cơ quan có thẩm quyền nhận đủ hồ sơ, hoặc văn bản hướng dẫn sửa đổi nếu có nội dung trái pháp luật.', 'The rules take effect 15 days after the authority receives a complete file, or the employer receives instructions to correct unlawful provisions.'),
    legalBasis: L('Bộ luật Lao động năm 2019; Nghị định số 145/2020/NĐ-CP.', 'Labour Code 2019; Decree 145/2020/ND-CP.'),
    onlineService: { level: 'partial' },
  },
]
