import { L } from '../localized'

/**
 * News categories: the seven CCHC areas in the order of the PAR Index and the 2022 plan
 * (công tác chỉ đạo, điều hành first, then the six areas of Nghị quyết 76/NQ-CP), then four more.
 */
type SeedNewsCategory = { key: string; name: L; description?: L; order: number }

export const seedNewsCategories: SeedNewsCategory[] = [
  {
    key: 'chi-dao-dieu-hanh',
    name: L('Công tác chỉ đạo, điều hành', 'Direction and management'),
    description: L(
      'Kế hoạch, chỉ đạo và kết quả thực hiện cải cách hành chính; kiểm tra, tuyên truyền và các chỉ số đánh giá.',
      'Reform plans, instructions and results; inspections, communication and assessment indices.',
    ),
    order: 1,
  },
  {
    key: 'cai-cach-the-che',
    name: L('Cải cách thể chế', 'Institutional reform'),
    description: L(
      'Xây dựng, rà soát, hệ thống hóa và theo dõi thi hành văn bản quy phạm pháp luật.',
      'Drafting, reviewing and consolidating legal documents and monitoring how they are applied.',
    ),
    order: 2,
  },
  {
    key: 'cai-cach-thu-tuc-hanh-chinh',
    name: L('Cải cách thủ tục hành chính', 'Administrative procedure reform'),
    description: L(
      'Công bố, công khai, đơn giản hóa thủ tục hành chính; cơ chế một cửa, một cửa liên thông.',
      'Publishing and simplifying administrative procedures; the one-stop and inter-agency one-stop mechanisms.',
    ),
    order: 3,
  },
  {
    key: 'cai-cach-to-chuc-bo-may',
    name: L('Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus'),
    description: L(
      'Sắp xếp tổ chức bộ máy tinh gọn, hiệu lực, hiệu quả; phân cấp, phân quyền.',
      'A leaner, more effective organisation; decentralisation and delegation of powers.',
    ),
    order: 4,
  },
  {
    key: 'cai-cach-che-do-cong-vu',
    name: L('Cải cách chế độ công vụ', 'Civil service reform'),
    description: L(
      'Tuyển dụng, đào tạo, bồi dưỡng, đánh giá cán bộ, công chức, viên chức; kỷ luật, kỷ cương và văn hóa công vụ.',
      'Recruiting, training and assessing officials; discipline and public service culture.',
    ),
    order: 5,
  },
  {
    key: 'cai-cach-tai-chinh-cong',
    name: L('Cải cách tài chính công', 'Public finance reform'),
    description: L(
      'Quản lý, sử dụng ngân sách và tài sản công; cơ chế tự chủ; công khai tài chính.',
      'Managing the budget and public assets; autonomy of public units; financial transparency.',
    ),
    order: 6,
  },
  {
    key: 'chinh-phu-dien-tu-chinh-phu-so',
    name: L('Xây dựng, phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government'),
    description: L(
      'Chính quyền điện tử, chính quyền số ở địa phương; dịch vụ công trực tuyến; ứng dụng công nghệ thông tin trong cơ quan nhà nước.',
      'Local e-government and digital government; online public services; IT in state agencies.',
    ),
    order: 7,
  },
  {
    key: 'bieu-duong',
    name: L('Biểu dương, khen thưởng', 'Commendations'),
    description: L(
      'Tập thể, cá nhân thực hiện tốt, có sáng kiến hiệu quả trong công tác cải cách hành chính.',
      'Teams and people who do reform work well or contribute useful initiatives.',
    ),
    order: 8,
  },
  {
    key: 'phan-anh-tieu-cuc',
    name: L('Phản ánh tiêu cực', 'Reporting problems'),
    description: L(
      'Những hiện tượng tiêu cực, gây khó khăn, phiền hà cho cá nhân, tổ chức, doanh nghiệp, và cách phản ánh.',
      'Practices that cause trouble for citizens, organisations and businesses, and how to report them.',
    ),
    order: 9,
  },
  {
    key: 'chuyen-doi-so',
    name: L('Chuyển đổi số', 'Digital transformation'),
    description: L(
      'Chuyển đổi số, chính quyền số và đô thị thông minh; hướng dẫn người dân sử dụng dịch vụ số.',
      'Digital transformation, digital government and smart cities; guidance for using digital services.',
    ),
    order: 10,
  },
  {
    key: 'thong-cao-bao-chi',
    name: L('Thông cáo báo chí', 'Press releases'),
    description: L(
      'Thông tin chính thức của Sở cung cấp cho các cơ quan báo chí.',
      'Official information the department provides to the press.',
    ),
    order: 11,
  },
]
