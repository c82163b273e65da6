import { L } from '../localized'

/**
 * Demo agencies: issuers of the seed documents and handlers of the seed procedures.
 * Keep the issuer's name as it was when a document was issued; a dissolved or merged agency
 * points to its successor (Nam Định merged into the new Ninh Bình province on 1/7/2025).
 */
type SeedAgency = {
  key: string
  name: L
  shortName?: string
  kind: 'national-assembly' | 'government' | 'ministry' | 'party' | 'province' | 'department' | 'unit' | 'commune' | 'other'
  parentKey?: string
  successorKey?: string
  successionKind?: 'renamed' | 'merged'
  activeUntil?: string
}

export const seedAgencies: SeedAgency[] = [
  { key: 'quoc-hoi', name: L('Quốc hội', 'National Assembly'), shortName: 'QH', kind: 'national-assembly' },
  { key: 'chinh-phu', name: L('Chính phủ', 'Government'), shortName: 'CP', kind: 'government' },
  { key: 'thu-tuong', name: L('Thủ tướng Chính phủ', 'Prime Minister'), shortName: 'TTg', kind: 'government' },
  { key: 'bo-noi-vu', name: L('Bộ Nội vụ', 'Ministry of Home Affairs'), shortName: 'BNV', kind: 'ministry' },
  { key: 'bo-tu-phap', name: L('Bộ Tư pháp', 'Ministry of Justice'), shortName: 'BTP', kind: 'ministry' },
  {
    key: 'tu-nam-dinh',
    name: L('Ban Chấp hành Đảng bộ tỉnh Nam Định', 'Nam Định Provincial Party Committee'),
    shortName: 'TU',
    kind: 'party',
    activeUntil: '2025-06-30',
    successorKey: 'tu-ninh-binh',
    successionKind: 'merged',
  },
  {
    key: 'tu-ninh-binh',
    name: L('Ban Chấp hành Đảng bộ tỉnh Ninh Bình', 'Ninh Bình Provincial Party Committee'),
    shortName: 'TU',
    kind: 'party',
  },
  {
    key: 'ubnd-nam-dinh',
    name: L('Ủy ban nhân dân tỉnh Nam Định', 'Nam Định Provincial People’s Committee'),
    shortName: 'UBND',
    kind: 'province',
    // Nghị quyết 202/2025/QH15: Nam Định, Hà Nam and Ninh Bình form the new Ninh Bình province from 1/7/2025.
    activeUntil: '2025-06-30',
    successorKey: 'ubnd-ninh-binh',
    successionKind: 'merged',
  },
  {
    key: 'ubnd-ninh-binh',
    name: L('Ủy ban nhân dân tỉnh Ninh Bình', 'Ninh Bình Provincial People’s Committee'),
    shortName: 'UBND',
    kind: 'province',
  },
  {
    // The department that owns the portal. Its real name is a site setting, not seed data.
    key: 'so',
    name: L('Sở (đơn vị chủ quản cổng)', 'The Department (portal owner)'),
    kind: 'department',
  },
  { key: 'van-phong-so', name: L('Văn phòng Sở', 'Department Office'), kind: 'unit', parentKey: 'so' },
  {
    // Named as in the 2022 plan. What became of it after 1/7/2025 is not recorded here: no successor set.
    key: 'trung-tam-pvhcc-nam-dinh',
    name: L(
      'Trung tâm Phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Nam Định',
      'Nam Định Public Administration Service, Investment Promotion and Business Support Centre',
    ),
    kind: 'other',
  },
  { key: 'so-tu-phap', name: L('Sở Tư pháp', 'Department of Justice'), kind: 'department' },
  { key: 'so-tai-chinh', name: L('Sở Tài chính', 'Department of Finance'), kind: 'department' },
  { key: 'so-xay-dung', name: L('Sở Xây dựng', 'Department of Construction'), kind: 'department' },
  { key: 'so-noi-vu', name: L('Sở Nội vụ', 'Department of Home Affairs'), kind: 'department' },
  { key: 'ubnd-cap-xa', name: L('Ủy ban nhân dân cấp xã', 'Commune People’s Committee'), kind: 'commune' },
]
