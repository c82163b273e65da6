/** Verified results of Nam Định province, each with its published source. Rank empty where the index did not rank it. */
type SeedIndexResult = {
  index: 'PCI' | 'PAR' | 'SIPAS' | 'PAPI'
  year: number
  score: number
  unit: 'points' | 'percent'
  rank?: number
  outOf?: number
  source: string
  note?: { vi: string; en?: string }
}

const VCCI = 'VCCI, Báo cáo PCI'
const MOHA = 'Bộ Nội vụ, Báo cáo chỉ số cải cách hành chính'
const PAPI = 'UNDP và các đối tác, Báo cáo PAPI'

export const seedIndexResults: SeedIndexResult[] = [
  { index: 'PAR', year: 2021, score: 86.4, unit: 'percent', rank: 40, outOf: 63, source: MOHA },
  { index: 'PAR', year: 2023, score: 87.32, unit: 'percent', rank: 29, outOf: 63, source: MOHA },
  { index: 'SIPAS', year: 2021, score: 84.57, unit: 'percent', rank: 51, outOf: 63, source: 'Bộ Nội vụ, Báo cáo SIPAS' },
  { index: 'PCI', year: 2018, score: 63.01, unit: 'points', rank: 35, outOf: 63, source: VCCI },
  { index: 'PCI', year: 2019, score: 65.09, unit: 'points', rank: 33, outOf: 63, source: VCCI },
  { index: 'PCI', year: 2020, score: 63.1, unit: 'points', rank: 40, outOf: 63, source: VCCI },
  { index: 'PCI', year: 2021, score: 64.99, unit: 'points', rank: 24, outOf: 63, source: VCCI },
  {
    index: 'PCI',
    year: 2022,
    score: 65.29,
    unit: 'points',
    rank: 31,
    outOf: 63,
    source: 'VCCI, hồ sơ PCI tỉnh Nam Định',
    note: { vi: 'Hạng 31 theo hồ sơ của VCCI; báo chí địa phương ghi không xếp hạng.', en: 'Rank 31 per the VCCI profile; local press reports it as unranked.' },
  },
  {
    index: 'PCI',
    year: 2023,
    score: 66.67,
    unit: 'points',
    source: VCCI,
    note: { vi: 'Từ năm 2023 VCCI chỉ công bố thứ hạng nhóm dẫn đầu.', en: 'Since 2023 VCCI ranks only the leading group.' },
  },
  { index: 'PAPI', year: 2023, score: 43.17, unit: 'points', rank: 23, outOf: 61, source: PAPI },
  { index: 'PAPI', year: 2024, score: 44.35, unit: 'points', rank: 20, outOf: 61, source: PAPI },
]
