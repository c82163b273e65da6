import { L } from '../localized'

/** Demo events. Places are described generically; the last one is upcoming and its details are provisional. */
type SeedEvent = {
  key: string
  title: L
  /** ISO date-time with the Vietnam offset, +07:00. */
  startsAt: string
  endsAt?: string
  place: L
  kind: 'dialogue' | 'training' | 'conference' | 'contest'
  paragraphs: L[]
}

export const seedEvents: SeedEvent[] = [
  {
    key: 'toa-dam-thao-go-kho-khan-doanh-nghiep-2022',
    title: L(
      'Tọa đàm tháo gỡ khó khăn cho doanh nghiệp trong giải quyết thủ tục hành chính',
      'Dialogue with businesses on removing obstacles in administrative procedures',
    ),
    startsAt: '2022-11-24T08:00:00+07:00',
    endsAt: '2022-11-24T11:30:00+07:00',
    place: L('Hội trường Sở', 'Department conference hall'),
    kind: 'dialogue',
    paragraphs: [
      L(
        'Thực hiện Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022, Sở phối hợp với các đơn vị liên quan tổ chức tọa đàm nhằm tháo gỡ khó khăn cho các doanh nghiệp hoạt động trên địa bàn tỉnh.',
        'Under its 2022 communication plan, the department is holding, with the units concerned, a dialogue to help businesses in the province overcome the obstacles they face.',
      ),
      L(
        'Tọa đàm tập trung vào những vướng mắc doanh nghiệp thường gặp khi giải quyết thủ tục hành chính thuộc thẩm quyền của Sở, việc sử dụng dịch vụ công trực tuyến và các giải pháp góp phần cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI). Năm 2021, PCI của tỉnh Nam Định đạt 64,99 điểm, xếp thứ 24.',
        'The dialogue covers the problems businesses meet with the department’s procedures, the use of online public services, and ways to improve the Provincial Competitiveness Index (PCI). In 2021 Nam Định scored 64.99 on the PCI and ranked 24th.',
      ),
      L(
        'Doanh nghiệp có thể gửi trước câu hỏi, kiến nghị qua mục Phản ánh, kiến nghị của Cổng để được trả lời tại tọa đàm. Ý kiến thuộc thẩm quyền của cơ quan khác sẽ được tổng hợp, chuyển đến cơ quan có thẩm quyền.',
        'Businesses can send questions in advance through the Feedback section of this portal to have them answered on the day. Matters for other agencies will be compiled and passed on to them.',
      ),
    ],
  },
  {
    key: 'tap-huan-cai-cach-hanh-chinh-cong-chuc-2023',
    title: L(
      'Tập huấn nghiệp vụ cải cách hành chính và dịch vụ công trực tuyến cho công chức',
      'Training for officials on administrative reform and online public services',
    ),
    startsAt: '2023-05-16T08:00:00+07:00',
    endsAt: '2023-05-16T16:30:00+07:00',
    place: L('Hội trường Sở', 'Department conference hall'),
    kind: 'training',
    paragraphs: [
      L(
        'Lớp tập huấn dành cho cán bộ, công chức các phòng, đơn vị thuộc Sở, nhất là công chức trực tiếp tiếp nhận, giải quyết hồ sơ thủ tục hành chính.',
        'The course is for officials of the department’s units, especially those who receive and handle applications.',
      ),
      L(
        'Nội dung gồm: quy trình tiếp nhận, giải quyết hồ sơ theo cơ chế một cửa, một cửa liên thông; dịch vụ công trực tuyến toàn trình và một phần theo Nghị định số 42/2022/NĐ-CP, và cách đối chiếu với mức độ 3, mức độ 4 trước đây; hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến; tiếp nhận, xử lý phản ánh, kiến nghị.',
        'Topics: receiving and handling applications under the one-stop and inter-agency one-stop mechanisms; full-process and partial online services under Decree 42/2022/ND-CP and how they map to the former levels 3 and 4; helping people apply and pay online; and handling feedback.',
      ),
      L(
        'Sau lớp tập huấn, học viên chia sẻ lại nội dung trong phòng, đơn vị để thống nhất cách làm trong toàn cơ quan.',
        'Afterwards participants share what they learnt with their units so that practice is consistent across the department.',
      ),
    ],
  },
  {
    key: 'hoi-nghi-tong-ket-cai-cach-hanh-chinh-2025',
    title: L(
      'Hội nghị tổng kết công tác cải cách hành chính năm 2025, triển khai nhiệm vụ năm 2026',
      'Conference reviewing administrative reform in 2025 and setting the tasks for 2026',
    ),
    startsAt: '2025-12-23T08:00:00+07:00',
    endsAt: '2025-12-23T11:30:00+07:00',
    place: L('Hội trường Sở', 'Department conference hall'),
    kind: 'conference',
    paragraphs: [
      L(
        'Hội nghị đánh giá kết quả cải cách hành chính của Sở năm 2025 theo bảy nhiệm vụ: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển chính quyền điện tử, chính quyền số.',
        'The conference reviews the department’s reform results in 2025 across the seven areas: direction and management; institutions; administrative procedures; organisation; civil service; public finance; and e-government and digital government.',
      ),
      L(
        'Năm 2025 là thời hạn hoàn thành các chỉ tiêu đến năm 2025 của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, đồng thời là năm đầu tiên vận hành chính quyền địa phương hai cấp sau khi tỉnh Ninh Bình mới được thành lập từ ngày 1/7/2025.',
        '2025 is the deadline for the 2025 targets of the 2021-2030 master programme for administrative reform, and the first year of two-tier local government after the new Ninh Bình province was formed on 1 July 2025.',
      ),
      L(
        'Hội nghị thảo luận nhiệm vụ năm 2026, trong đó có việc tiếp tục nâng cao chất lượng dịch vụ công trực tuyến và mức độ hài lòng của người dân, doanh nghiệp.',
        'Participants discuss the tasks for 2026, including better online public services and higher satisfaction among citizens and businesses.',
      ),
    ],
  },
  {
    key: 'hoi-thi-tim-hieu-cai-cach-hanh-chinh-2027',
    title: L('Hội thi tìm hiểu về cải cách hành chính năm 2027', 'Administrative reform knowledge contest 2027'),
    startsAt: '2027-04-15T08:00:00+07:00',
    endsAt: '2027-04-15T11:30:00+07:00',
    place: L('Hội trường Sở (dự kiến)', 'Department conference hall (provisional)'),
    kind: 'contest',
    paragraphs: [
      L(
        'Hội thi dành cho cán bộ, công chức, viên chức và người lao động thuộc Sở, nhằm nâng cao hiểu biết về các nội dung cải cách hành chính và kỹ năng phục vụ người dân, doanh nghiệp.',
        'The contest is open to the department’s staff and aims to deepen their knowledge of administrative reform and their skills in serving citizens and businesses.',
      ),
      L(
        'Nội dung thi gồm kiến thức về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, dịch vụ công trực tuyến, cơ chế một cửa và các tình huống thực tế khi tiếp nhận hồ sơ.',
        'Questions cover the 2021-2030 master programme for administrative reform, online public services, the one-stop mechanism and real situations at the front desk.',
      ),
      L(
        'Thể lệ, thời gian và địa điểm chính thức sẽ được thông báo trên Cổng.',
        'Rules, date and venue will be confirmed on this portal.',
      ),
    ],
  },
]
