import { label } from '../labels'
import { options } from '../options'
import type { Locale } from '@/i18n/routing'

/** Kinds of legal document, with the type code used in numbers (the numbering rules of Decree 30/2020/NĐ-CP). */
export const DOCUMENT_TYPES = options(
  ['luat', 'Luật', 'Law'],
  ['nghi-quyet', 'Nghị quyết (NQ)', 'Resolution'],
  ['nghi-dinh', 'Nghị định (NĐ)', 'Decree'],
  ['quyet-dinh', 'Quyết định (QĐ)', 'Decision'],
  ['thong-tu', 'Thông tư (TT)', 'Circular'],
  ['chi-thi', 'Chỉ thị (CT)', 'Directive'],
  ['quy-che', 'Quy chế (QC)', 'Regulation'],
  ['quy-dinh', 'Quy định (QyĐ)', 'Rules'],
  ['thong-bao', 'Thông báo (TB)', 'Notice'],
  ['huong-dan', 'Hướng dẫn (HD)', 'Guidance'],
  ['chuong-trinh', 'Chương trình (CTr)', 'Programme'],
  ['ke-hoach', 'Kế hoạch (KH)', 'Plan'],
  ['phuong-an', 'Phương án (PA)', 'Scheme'],
  ['de-an', 'Đề án (ĐA)', 'Project'],
  ['bao-cao', 'Báo cáo (BC)', 'Report'],
  ['to-trinh', 'Tờ trình (TTr)', 'Submission'],
  ['cong-dien', 'Công điện (CĐ)', 'Official dispatch (telegram)'],
  ['cong-van', 'Công văn', 'Official letter'],
  ['giay-moi', 'Giấy mời (GM)', 'Invitation'],
)

/** Legal effect (tình trạng hiệu lực). */
export const EFFECT_STATUSES = options(
  ['not-yet-effective', 'Chưa có hiệu lực', 'Not yet in effect'],
  ['effective', 'Còn hiệu lực', 'In effect'],
  ['partly-expired', 'Hết hiệu lực một phần', 'Partly expired'],
  ['expired', 'Hết hiệu lực', 'Expired'],
)
export type EffectStatus = 'not-yet-effective' | 'effective' | 'partly-expired' | 'expired'

/** Relations between documents: each kind read from the source, and from the target. */
export const RELATION_KINDS = {
  'based-on': { outgoing: label('Căn cứ ban hành', 'Based on'), incoming: label('Là căn cứ ban hành của', 'Basis of') },
  references: { outgoing: label('Dẫn chiếu', 'Refers to'), incoming: label('Được dẫn chiếu bởi', 'Referred to by') },
  guides: {
    outgoing: label('Hướng dẫn, quy định chi tiết', 'Guides or details'),
    incoming: label('Được hướng dẫn, quy định chi tiết bởi', 'Guided or detailed by'),
  },
  amends: { outgoing: label('Sửa đổi, bổ sung', 'Amends'), incoming: label('Bị sửa đổi, bổ sung bởi', 'Amended by') },
  replaces: { outgoing: label('Thay thế', 'Replaces'), incoming: label('Bị thay thế bởi', 'Replaced by') },
  'replaces-partly': {
    outgoing: label('Thay thế một phần', 'Partly replaces'),
    incoming: label('Bị thay thế một phần bởi', 'Partly replaced by'),
  },
  repeals: { outgoing: label('Bãi bỏ', 'Repeals'), incoming: label('Bị bãi bỏ bởi', 'Repealed by') },
  corrects: { outgoing: label('Đính chính', 'Corrects'), incoming: label('Bị đính chính bởi', 'Corrected by') },
  consolidates: { outgoing: label('Hợp nhất', 'Consolidates'), incoming: label('Được hợp nhất bởi', 'Consolidated by') },
  related: { outgoing: label('Liên quan', 'Related to'), incoming: label('Liên quan', 'Related to') },
} as const
export type RelationKind = keyof typeof RELATION_KINDS

/**
 * Fields (ngành, lĩnh vực) with their English names. Topics are stored as the Vietnamese name an
 * editor typed; one not listed here is shown as typed.
 */
export const TOPICS = options(
  ['cai-cach-hanh-chinh', 'Cải cách hành chính', 'Administrative reform'],
  ['thu-tuc-hanh-chinh', 'Thủ tục hành chính', 'Administrative procedures'],
  ['to-chuc-bo-may', 'Tổ chức bộ máy', 'Organisational structure'],
  ['dich-vu-cong-truc-tuyen', 'Dịch vụ công trực tuyến', 'Online public services'],
  ['cong-thong-tin-dien-tu', 'Cổng thông tin điện tử', 'Web portals'],
  ['thong-tin-tuyen-truyen', 'Thông tin tuyên truyền', 'Public information'],
  ['cong-vu-cong-chuc', 'Công vụ, công chức', 'Civil service'],
  ['tai-chinh-cong', 'Tài chính công', 'Public finance'],
)

/** A stored topic in the reader's language; null when it is not listed, so it can only be shown as typed, in Vietnamese. */
export function topicName(topic: string, locale: Locale): string | null {
  const known = TOPICS.find((option) => option.label.vi.toLocaleLowerCase('vi') === topic.trim().toLocaleLowerCase('vi'))
  return known ? known.label[locale] : null
}
