import { L } from '../localized'

/**
 * The organisation the demo site shows. The source plan does not name the department, so the demo
 * says, in words for a reader, that it is a demonstration (an administrator sets the real name and
 * address in Site settings); contacts are sample values on example.gov.vn.
 */
export const seedSiteSettings = {
  organisation: {
    name: L('Bản trình diễn Cổng thông tin cải cách hành chính của Sở', 'Demonstration of a department’s administrative reform portal'),
    parentBody: L('Ủy ban nhân dân tỉnh', 'Provincial People’s Committee'),
    phone: '0228 0000 000',
    email: 'vanphong@example.gov.vn',
    officials: [
      { name: 'Mai Văn Quyết', title: L('Giám đốc (ký Kế hoạch tuyên truyền CCHC năm 2022)', 'Director (signed the 2022 CCHC communication plan)') },
    ],
    editorInChief: L('Chánh Văn phòng Sở', 'Head of the Department Office'),
  },
  alert: {
    enabled: false,
    tone: 'info',
    message: L('Hệ thống dịch vụ công trực tuyến tạm dừng để bảo trì.', 'Online services are paused for maintenance.'),
  },
  portalLinks: [
    { label: L('Cổng Dịch vụ công quốc gia', 'National Public Service Portal'), url: 'https://dichvucong.gov.vn' },
    { label: L('Cổng Thông tin điện tử Chính phủ', 'Government Portal'), url: 'https://chinhphu.vn' },
    { label: L('Cơ sở dữ liệu quốc gia về văn bản pháp luật', 'National Legal Documents Database'), url: 'https://vbpl.vn' },
    { label: L('Bộ Nội vụ', 'Ministry of Home Affairs'), url: 'https://moha.gov.vn' },
  ],
  headerMenu: [{ label: L('Hỏi đáp', 'Questions answered'), url: L('/phan-anh-kien-nghi/hoi-dap', '/en/feedback/answers') }],
  footerMenu: [
    { label: L('Dữ liệu cho báo chí', 'Data for the press'), url: L('/bao-chi', '/en/press') },
    { label: L('Tin mới qua RSS', 'News by RSS'), url: L('/feed.xml', '/en/feed.xml') },
  ],
  feedbackTimeLimit: 10,
  // The fixed-date holidays (Labour Code 2019, Art. 112); the Lunar New Year, Hùng Kings' day and days in lieu are added each year as announced.
  publicHolidays: ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02', '2027-01-01', '2027-04-30', '2027-05-01', '2027-09-02'].map((date) => ({
    date,
    name: { '01-01': 'Tết Dương lịch', '04-30': 'Ngày Chiến thắng', '05-01': 'Quốc tế Lao động', '09-02': 'Quốc khánh' }[date.slice(5)],
  })),
}
