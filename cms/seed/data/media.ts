import { L } from '../localized'

/**
 * Images in cms/seed/media/: infographics drawn from the verified index results
 * (indexResults.ts), so every figure in them is one the portal already states.
 */
type SeedMedia = { key: string; file: string; alt: L; caption: L; credit: L; forPress: boolean }

const CREDIT = (source: L): L =>
  L(`Đồ họa: Cổng thông tin Cải cách hành chính; số liệu: ${source.vi}`, `Graphic: Administrative Reform Portal; data: ${source.en}`)

export const seedMedia: SeedMedia[] = [
  {
    key: 'par-index-2021-2023',
    file: 'par-index-2021-2023.png',
    alt: L(
      'Chỉ số cải cách hành chính của tỉnh Nam Định: 86,40%, hạng 40/63 năm 2021; 87,32%, hạng 29/63 năm 2023.',
      'Nam Định’s Administrative Reform Index: 86.40%, 40th of 63 in 2021; 87.32%, 29th of 63 in 2023.',
    ),
    caption: L('Chỉ số cải cách hành chính (PAR Index) của tỉnh năm 2021 và 2023.', 'The province’s PAR Index in 2021 and 2023.'),
    credit: CREDIT(L('Bộ Nội vụ', 'Ministry of Home Affairs')),
    forPress: true,
  },
  {
    key: 'pci-2018-2023',
    file: 'pci-2018-2023.png',
    alt: L(
      'Biểu đồ cột chỉ số PCI của tỉnh Nam Định: 63,01 (2018), 65,09 (2019), 63,10 (2020), 64,99 (2021), 65,29 (2022), 66,67 (2023).',
      'Bar chart of Nam Định’s PCI: 63.01 (2018), 65.09 (2019), 63.10 (2020), 64.99 (2021), 65.29 (2022), 66.67 (2023).',
    ),
    caption: L('Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh, 2018–2023.', 'The province’s Provincial Competitiveness Index (PCI), 2018–2023.'),
    credit: CREDIT(L('VCCI', 'VCCI')),
    forPress: true,
  },
]
