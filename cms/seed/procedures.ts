import { ONE_STOP } from './data/common'
import { L } from './localized'

/**
 * Demo procedures, modelled on records of the national public-service portal. Codes and fees are
 * illustrative: an editor checks them against the announcement decision before real use.
 */

export const seedProcedures = [
  {
    code: '2.001417',
    name: L('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Issuing a criminal record certificate to a Vietnamese citizen'),
    field: L('Lý lịch tư pháp', 'Judicial records'),
    levels: ['province'],
    implementingAgency: L('Sở Tư pháp', 'Department of Justice'),
    applicants: L('Công dân Việt Nam từ đủ 14 tuổi trở lên.', 'Vietnamese citizens aged 14 or over.'),
    receivingAddress: ONE_STOP,
    steps: [
      {
        title: L('Chuẩn bị và nộp hồ sơ', 'Prepare and submit the application'),
        description: L(
          'Nộp Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp và giấy tờ kèm theo tại bộ phận một cửa, qua bưu chính công ích hoặc trực tuyến trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia.',
          'Hand in the request form and supporting papers at the one-stop desk, by public post, or online through the VNeID app or the National Public Service Portal.',
        ),
      },
      {
        title: L('Tiếp nhận và giải quyết', 'Review and decision'),
        description: L(
          'Sở Tư pháp tra cứu thông tin lý lịch tư pháp và cấp Phiếu trong thời hạn quy định.',
          'The Department of Justice searches the judicial records and issues the certificate within the time limit.',
        ),
      },
      {
        title: L('Nhận kết quả', 'Receive the result'),
        description: L(
          'Nhận Phiếu lý lịch tư pháp trực tiếp, qua bưu chính hoặc bản điện tử trên VNeID.',
          'Collect the certificate in person, receive it by post, or get the electronic copy in VNeID.',
        ),
      },
    ],
    channels: [
      {
        method: 'direct',
        processingTime: 10,
        timeUnit: 'working-days',
        fees: [
          { name: L('Phí cung cấp thông tin lý lịch tư pháp', 'Judicial record fee'), amount: 200000 },
          {
            name: L('Phí đối với sinh viên, người có công với cách mạng', 'Fee for students and people with merit'),
            amount: 100000,
          },
        ],
      },
      {
        method: 'online',
        processingTime: 10,
        timeUnit: 'working-days',
        fees: [{ name: L('Phí cung cấp thông tin lý lịch tư pháp', 'Judicial record fee'), amount: 200000 }],
      },
      {
        method: 'postal',
        processingTime: 10,
        timeUnit: 'working-days',
        fees: [{ name: L('Phí cung cấp thông tin lý lịch tư pháp', 'Judicial record fee'), amount: 200000 }],
        note: L('Cộng cước bưu chính theo giá của doanh nghiệp bưu chính.', 'Plus the postal charge.'),
      },
    ],
    dossierCases: [
      {
        name: L('Nộp trực tiếp hoặc qua bưu chính', 'In person or by post'),
        components: [
          {
            name: L('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)', 'Request form (form 03/2013/TT-LLTP)'),
            originals: 1,
            copies: 0,
          },
          {
            name: L('Căn cước hoặc hộ chiếu của người được cấp Phiếu', 'Identity card or passport of the applicant'),
            originals: 0,
            copies: 1,
          },
        ],
      },
    ],
    result: L('Phiếu lý lịch tư pháp số 1 hoặc số 2.', 'Criminal record certificate no. 1 or no. 2.'),
    legalBasis: L(
      'Luật Lý lịch tư pháp năm 2009; Thông tư số 244/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp.',
      'Law on Judicial Records 2009; Circular 244/2016/TT-BTC on the judicial record fee.',
    ),
    onlineService: { level: 'full' },
  },
  {
    code: '1.001193',
    name: L('Đăng ký khai sinh', 'Birth registration'),
    field: L('Hộ tịch', 'Civil status'),
    levels: ['commune'],
    implementingAgency: L('Ủy ban nhân dân cấp xã', 'Commune People’s Committee'),
    applicants: L(
      'Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ; cá nhân, tổ chức đang nuôi dưỡng trẻ.',
      'The child’s parents, grandparents or other relatives, or the person or organisation caring for the child.',
    ),
    receivingAddress: L(
      'Bộ phận một cửa của Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.',
      'The one-stop desk of the commune People’s Committee where the father or mother lives.',
    ),
    steps: [
      { title: L('Nộp tờ khai và giấy chứng sinh', 'Submit the declaration and the birth certificate from the hospital') },
      {
        title: L(
          'Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch',
          'The civil status officer checks the papers and records the birth',
        ),
      },
      { title: L('Nhận Giấy khai sinh', 'Receive the birth certificate') },
    ],
    channels: [
      {
        method: 'direct',
        processingTime: 1,
        timeUnit: 'working-days',
        fees: [
          { name: L('Lệ phí đăng ký khai sinh đúng hạn', 'Fee for registration on time'), amount: 0, note: L('Miễn lệ phí', 'Exempt') },
        ],
      },
      {
        method: 'online',
        processingTime: 1,
        timeUnit: 'working-days',
        fees: [
          { name: L('Lệ phí đăng ký khai sinh đúng hạn', 'Fee for registration on time'), amount: 0, note: L('Miễn lệ phí', 'Exempt') },
        ],
      },
    ],
    dossierCases: [
      {
        name: L('Trẻ sinh tại cơ sở y tế', 'Child born in a health facility'),
        components: [
          { name: L('Tờ khai đăng ký khai sinh', 'Birth registration declaration'), originals: 1, copies: 0 },
          { name: L('Giấy chứng sinh', 'Birth certificate issued by the health facility'), originals: 1, copies: 0 },
        ],
      },
      {
        name: L('Trẻ bị bỏ rơi', 'Abandoned child'),
        components: [
          { name: L('Biên bản xác nhận việc trẻ bị bỏ rơi', 'Record confirming the child was abandoned'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Giấy khai sinh (bản chính) và bản sao nếu có yêu cầu.', 'Birth certificate (original) and copies on request.'),
    legalBasis: L('Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.', 'Law on Civil Status 2014; Decree 123/2015/ND-CP.'),
    onlineService: { level: 'full' },
  },
  {
    code: '2.000908',
    name: L('Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Certifying copies against the original'),
    field: L('Chứng thực', 'Certification'),
    levels: ['commune', 'other'],
    implementingAgency: L('Ủy ban nhân dân cấp xã; tổ chức hành nghề công chứng', 'Commune People’s Committee; notary offices'),
    applicants: L('Cá nhân, tổ chức.', 'Individuals and organisations.'),
    receivingAddress: L('Bộ phận một cửa của Ủy ban nhân dân cấp xã.', 'The one-stop desk of the commune People’s Committee.'),
    steps: [
      { title: L('Xuất trình bản chính và bản sao cần chứng thực', 'Show the original and the copy to be certified') },
      { title: L('Người thực hiện chứng thực đối chiếu, ký và đóng dấu', 'The officer compares them, signs and stamps the copy') },
    ],
    channels: [
      {
        method: 'direct',
        processingTime: 1,
        timeUnit: 'working-days',
        fees: [
          {
            name: L('Phí chứng thực, trang thứ nhất và thứ hai', 'Fee, first and second page'),
            amount: 2000,
            note: L('mỗi trang', 'per page'),
          },
          {
            name: L('Phí chứng thực, từ trang thứ ba trở lên', 'Fee, third page onwards'),
            amount: 1000,
            note: L('mỗi trang, tối đa 200.000 đồng mỗi bản', 'per page, at most VND 200,000 per copy'),
          },
        ],
        note: L('Trả kết quả trong ngày nếu nộp trước 15 giờ.', 'Same day when submitted before 3 p.m.'),
      },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Bản chính giấy tờ, văn bản làm cơ sở chứng thực', 'The original document'), originals: 1, copies: 0 },
          { name: L('Bản sao cần chứng thực', 'The copy to be certified'), originals: 0, copies: 1 },
        ],
      },
    ],
    result: L('Bản sao được chứng thực từ bản chính.', 'Certified copy.'),
    legalBasis: L('Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC.', 'Decree 23/2015/ND-CP; Circular 226/2016/TT-BTC.'),
    onlineService: { level: 'none' },
  },
  {
    code: '1.001612',
    name: L('Đăng ký thành lập doanh nghiệp tư nhân', 'Registering a sole proprietorship'),
    field: L('Thành lập và hoạt động của doanh nghiệp', 'Business registration'),
    levels: ['province'],
    implementingAgency: L('Phòng Đăng ký kinh doanh thuộc Sở Tài chính', 'Business Registration Office, Department of Finance'),
    applicants: L('Cá nhân thành lập doanh nghiệp tư nhân.', 'An individual founding a sole proprietorship.'),
    receivingAddress: ONE_STOP,
    steps: [
      {
        title: L('Nộp hồ sơ đăng ký doanh nghiệp', 'Submit the registration dossier'),
        description: L(
          'Khuyến khích nộp qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.',
          'Applying through the National Business Registration Portal is encouraged.',
        ),
      },
      { title: L('Phòng Đăng ký kinh doanh xem xét hồ sơ', 'The office reviews the dossier') },
      { title: L('Nhận Giấy chứng nhận đăng ký doanh nghiệp', 'Receive the enterprise registration certificate') },
    ],
    channels: [
      {
        method: 'direct',
        processingTime: 3,
        timeUnit: 'working-days',
        fees: [{ name: L('Lệ phí đăng ký doanh nghiệp', 'Registration fee'), amount: 50000 }],
      },
      {
        method: 'online',
        processingTime: 3,
        timeUnit: 'working-days',
        fees: [
          {
            name: L('Lệ phí đăng ký doanh nghiệp', 'Registration fee'),
            amount: 0,
            note: L('Miễn lệ phí khi đăng ký qua mạng', 'Exempt when filed online'),
          },
        ],
      },
      {
        method: 'postal',
        processingTime: 3,
        timeUnit: 'working-days',
        fees: [{ name: L('Lệ phí đăng ký doanh nghiệp', 'Registration fee'), amount: 50000 }],
      },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Giấy đề nghị đăng ký doanh nghiệp', 'Enterprise registration request'), originals: 1, copies: 0 },
          {
            name: L('Bản sao giấy tờ pháp lý của chủ doanh nghiệp tư nhân', 'Copy of the owner’s identity papers'),
            originals: 0,
            copies: 1,
          },
        ],
      },
    ],
    requirements: L(
      'Tên doanh nghiệp không trùng hoặc gây nhầm lẫn với doanh nghiệp đã đăng ký.',
      'The business name must not duplicate or be confusable with a registered one.',
    ),
    result: L('Giấy chứng nhận đăng ký doanh nghiệp.', 'Enterprise registration certificate.'),
    legalBasis: L(
      'Luật Doanh nghiệp năm 2020; Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp.',
      'Law on Enterprises 2020; Decree 168/2025/ND-CP on business registration.',
    ),
    onlineService: { level: 'full', url: 'https://dangkykinhdoanh.gov.vn' },
  },
  {
    code: '1.002804',
    name: L('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Renewing or exchanging a driving licence'),
    field: L('Đường bộ', 'Road transport'),
    levels: ['province'],
    // Driving licences moved to the police on 1/3/2025 (Luật Trật tự, an toàn giao thông đường bộ 2024).
    implementingAgency: L('Phòng Cảnh sát giao thông, Công an tỉnh', 'Traffic Police Division, Provincial Police'),
    applicants: L(
      'Người có giấy phép lái xe hết hạn, bị hỏng hoặc cần đổi sang mẫu mới.',
      'Holders of an expired, damaged or old-format driving licence.',
    ),
    receivingAddress: ONE_STOP,
    steps: [
      { title: L('Khai đơn đề nghị đổi giấy phép lái xe', 'Fill in the exchange request') },
      { title: L('Nộp hồ sơ và lệ phí', 'Submit the dossier and pay the fee') },
      { title: L('Nhận giấy phép lái xe mới', 'Receive the new licence') },
    ],
    channels: [
      {
        method: 'direct',
        processingTime: 5,
        timeUnit: 'working-days',
        fees: [{ name: L('Lệ phí cấp giấy phép lái xe', 'Licence fee'), amount: 135000 }],
      },
      {
        method: 'online',
        processingTime: 5,
        timeUnit: 'working-days',
        fees: [
          { name: L('Lệ phí cấp giấy phép lái xe', 'Licence fee'), amount: 115000, note: L('Mức thu khi nộp trực tuyến', 'Online rate') },
        ],
      },
    ],
    dossierCases: [
      {
        components: [
          { name: L('Đơn đề nghị đổi giấy phép lái xe', 'Exchange request'), originals: 1, copies: 0 },
          { name: L('Giấy khám sức khỏe của người lái xe', 'Driver health certificate'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Giấy phép lái xe.', 'Driving licence.'),
    legalBasis: L('Luật Trật tự, an toàn giao thông đường bộ năm 2024.', 'Law on Road Traffic Order and Safety 2024.'),
    onlineService: { level: 'full', legacyLevel: '4' },
  },
  {
    code: '1.000775',
    name: L(
      'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
      'Certificate of merit from the Chairman of the Provincial People’s Committee',
    ),
    field: L('Thi đua, khen thưởng', 'Emulation and commendation'),
    levels: ['province'],
    implementingAgency: L('Sở Nội vụ (Ban Thi đua - Khen thưởng)', 'Department of Home Affairs (Emulation and Commendation Board)'),
    applicants: L(
      'Cá nhân, tập thể có thành tích theo quy định của Luật Thi đua, khen thưởng.',
      'Individuals and groups with achievements under the Law on Emulation and Commendation.',
    ),
    receivingAddress: L(
      'Sở Nội vụ, qua Hệ thống quản lý văn bản và điều hành.',
      'Department of Home Affairs, through the document management system.',
    ),
    steps: [
      { title: L('Cơ quan, đơn vị trình hồ sơ đề nghị khen thưởng', 'The nominating body submits the dossier') },
      { title: L('Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh', 'The department reviews it and submits it to the Chairman') },
      { title: L('Chủ tịch Ủy ban nhân dân tỉnh quyết định khen thưởng', 'The Chairman decides') },
    ],
    channels: [{ method: 'direct', processingTime: 20, timeUnit: 'working-days', fees: [] }],
    dossierCases: [
      {
        components: [
          { name: L('Tờ trình đề nghị khen thưởng', 'Nomination letter'), originals: 1, copies: 0 },
          { name: L('Báo cáo thành tích của cá nhân, tập thể', 'Report of achievements'), originals: 1, copies: 0 },
        ],
      },
    ],
    result: L('Quyết định tặng Bằng khen.', 'Decision awarding the certificate of merit.'),
    legalBasis: L(
      'Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP.',
      'Law on Emulation and Commendation 2022; Decree 98/2023/ND-CP.',
    ),
    onlineService: { level: 'none' },
  },
]
