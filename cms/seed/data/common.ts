import { L } from '../localized'

/** Where most of the department's procedures are received: the province's one-stop centre. */
export const ONE_STOP = L(
  'Trung tâm Phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh (bộ phận một cửa).',
  'Provincial Public Administration Service, Investment Promotion and Business Support Centre (one-stop desk).',
)

/** The one-stop desk as a contact point (cms/seed/data/contactPoints.ts), linked from those procedures. */
export const ONE_STOP_CONTACT_KEY = 'bo-phan-mot-cua'
