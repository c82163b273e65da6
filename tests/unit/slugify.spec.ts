import { describe, expect, it } from 'vitest'

import { slugify } from '@/domain/slugify'

describe('slugify', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang-ky-khai-sinh'],
    ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'cap-phieu-ly-lich-tu-phap-cho-cong-dan-viet-nam'],
    ['Thủ tục hành chính', 'thu-tuc-hanh-chinh'],
    ['ĐỔI GIẤY PHÉP LÁI XE', 'doi-giay-phep-lai-xe'],
    ['Nghị định 107/2020/NĐ-CP', 'nghi-dinh-107-2020-nd-cp'],
    ['  Ưu tiên -- người   cao tuổi!  ', 'uu-tien-nguoi-cao-tuoi'],
    ['Quyết định số 13/CT-TTg', 'quyet-dinh-so-13-ct-ttg'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('handles text in decomposed Unicode (NFD) as typed on some keyboards', () => {
    expect(slugify('Đăng ký khai sinh'.normalize('NFD'))).toBe('dang-ky-khai-sinh')
  })

  it('keeps slugs to a sensible length without a trailing hyphen', () => {
    const slug = slugify('thủ tục '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})
