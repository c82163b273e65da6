import { L } from '../localized'
import { ONE_STOP_CONTACT_KEY } from './common'

/**
 * Demo contact points. The department's own numbers and emails are obviously fictional placeholders
 * ('0228 0000 00x', '@example.gov.vn') that an editor replaces; its address is left empty. Only the
 * national helpline and portal are real.
 */
type SeedContactPoint = {
  key: string
  name: L
  kind: 'hotline' | 'feedback' | 'one-stop' | 'press' | 'office'
  description?: L
  phones: { label?: L; number: string; hours?: L }[]
  email?: string
  address?: L
  hours?: L
  agencyKey?: string
  showInFooter: boolean
  order: number
}

/** Said to the reader: the demo's numbers are samples (an editor enters the real ones in the admin). */
const SAMPLE = L('Số điện thoại mẫu của bản trình diễn, chưa phải số liên hệ thật.', 'A sample number on this demonstration site, not a real contact number.')
const withSample = (text: L): L => ({ vi: `${text.vi} ${SAMPLE.vi}`, en: `${text.en} ${SAMPLE.en}` })

export const seedContactPoints: SeedContactPoint[] = [
  {
    key: 'van-phong-so',
    name: L('Văn phòng Sở', 'Department Office'),
    kind: 'office',
    description: withSample(
      L(
        'Đầu mối liên hệ công tác, tiếp nhận văn bản và theo dõi việc thực hiện kế hoạch cải cách hành chính của Sở.',
        'General enquiries, incoming correspondence, and follow-up of the department’s reform plan.',
      ),
    ),
    phones: [{ label: L('Điện thoại', 'Phone'), number: '0228 0000 001' }],
    email: 'vanphong@example.gov.vn',
    agencyKey: 'van-phong-so',
    showInFooter: true,
    order: 1,
  },
  {
    key: ONE_STOP_CONTACT_KEY,
    name: L(
      'Bộ phận một cửa tại Trung tâm Phục vụ hành chính công',
      'One-stop desk at the Public Administration Service Centre',
    ),
    kind: 'one-stop',
    description: withSample(
      L(
        'Tiếp nhận hồ sơ, trả kết quả thủ tục hành chính thuộc thẩm quyền của Sở và hướng dẫn nộp hồ sơ trực tuyến.',
        'Receives applications and returns results for the department’s procedures, and helps people apply online.',
      ),
    ),
    phones: [{ label: L('Điện thoại', 'Phone'), number: '0228 0000 002' }],
    email: 'motcua@example.gov.vn',
    hours: L(
      'Giờ hành chính các ngày làm việc, từ thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ, Tết).',
      'Office hours on working days, Monday to Friday (except public holidays).',
    ),
    agencyKey: 'trung-tam-pvhcc-nam-dinh',
    showInFooter: true,
    order: 2,
  },
  {
    key: 'phan-anh-kien-nghi',
    name: L('Tiếp nhận phản ánh, kiến nghị', 'Feedback and complaints'),
    kind: 'feedback',
    description: withSample(
      L(
        'Phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính của Sở: gửi trực tuyến qua mục Phản ánh, kiến nghị của Cổng (nhận mã theo dõi), hoặc qua thư điện tử, đường dây nóng dưới đây.',
        'Feedback on the department’s administrative rules and how it handles procedures: send it online through the Feedback section (you get a tracking code), or by the email or hotline below.',
      ),
    ),
    phones: [{ label: L('Đường dây nóng', 'Hotline'), number: '0228 0000 003' }],
    email: 'phananh@example.gov.vn',
    agencyKey: 'so',
    showInFooter: true,
    order: 3,
  },
  {
    key: 'dau-moi-bao-chi',
    name: L('Đầu mối cung cấp thông tin cho báo chí', 'Press contact'),
    kind: 'press',
    description: withSample(
      L(
        'Dành cho phóng viên, cơ quan báo chí cần thông tin về tình hình và kết quả cải cách hành chính của Sở.',
        'For journalists who need information on the department’s reform work and results.',
      ),
    ),
    phones: [{ label: L('Điện thoại', 'Phone'), number: '0228 0000 004' }],
    email: 'baochi@example.gov.vn',
    agencyKey: 'so',
    showInFooter: false,
    order: 4,
  },
  {
    key: 'tong-dai-dich-vu-cong-quoc-gia',
    name: L('Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia', 'National Public Service Portal helpline'),
    kind: 'hotline',
    description: L(
      'Hỗ trợ tài khoản, nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).',
      'Help with accounts, online applications and payments on the National Public Service Portal (https://dichvucong.gov.vn).',
    ),
    phones: [{ label: L('Tổng đài', 'Helpline'), number: '18001096' }],
    showInFooter: true,
    order: 5,
  },
  {
    key: 'phan-anh-kien-nghi-dich-vu-cong-quoc-gia',
    name: L('Phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia', 'Feedback on the National Public Service Portal'),
    kind: 'feedback',
    description: L(
      'Gửi phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính tại mục Phản ánh kiến nghị của Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn',
      'Send feedback on administrative rules and how procedures are handled through the feedback section of the National Public Service Portal: https://dichvucong.gov.vn',
    ),
    phones: [],
    showInFooter: false,
    order: 6,
  },
]
