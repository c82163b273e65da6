import { label } from '../labels'

/** Submission channels (cách thức thực hiện). */
export const CHANNEL_METHODS = [
  { value: 'direct', label: label('Trực tiếp', 'In person') },
  { value: 'online', label: label('Trực tuyến', 'Online') },
  { value: 'postal', label: label('Dịch vụ bưu chính công ích', 'Public postal service') },
]

/** Units of a processing time (thời hạn giải quyết). */
export const TIME_UNITS = [
  { value: 'working-days', label: label('Ngày làm việc', 'Working days') },
  { value: 'days', label: label('Ngày', 'Days') },
  { value: 'hours', label: label('Giờ', 'Hours') },
]

/** Levels (cấp thực hiện) since the 2025 two-tier reorganisation; `district` keeps older data readable. */
export const PROCEDURE_LEVELS = [
  { value: 'province', label: label('Cấp tỉnh', 'Provincial') },
  { value: 'commune', label: label('Cấp xã', 'Commune') },
  { value: 'ministry', label: label('Cấp bộ, ngành', 'Ministry') },
  { value: 'other', label: label('Cơ quan khác', 'Other agency') },
  { value: 'district', label: label('Cấp huyện (trước 2025)', 'District (before 2025)') },
]

/** Online public service kinds (Nghị định 42/2022/NĐ-CP Art. 11). */
export const ONLINE_SERVICE_LEVELS = [
  { value: 'full', label: label('Toàn trình', 'Full process') },
  { value: 'partial', label: label('Một phần', 'Partial') },
  { value: 'none', label: label('Không có', 'None') },
]

/** Levels of the repealed Nghị định 43/2011/NĐ-CP, still used by citizens and older documents. */
export const LEGACY_ONLINE_LEVELS = [
  { value: '3', label: label('Mức độ 3', 'Level 3') },
  { value: '4', label: label('Mức độ 4', 'Level 4') },
]
