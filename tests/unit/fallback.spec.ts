import { describe, expect, it } from 'vitest'

import { fallbackFields } from '@/lib/queries/fallback'

describe('fallbackFields', () => {
  it('lists fields shown in Vietnamese because the translation is empty', () => {
    const shown = { name: 'Đăng ký khai sinh', steps: [{ title: 'Nộp hồ sơ' }], result: 'Giấy khai sinh', note: '' }
    const translated = { name: 'Birth registration', steps: [], result: null, note: '' }
    expect(fallbackFields(shown, translated, ['name', 'steps', 'result', 'note'])).toEqual(['steps', 'result'])
  })

  it('lists every non-empty field when there is no translation at all', () => {
    expect(fallbackFields({ name: 'A', result: '' }, null, ['name', 'result'])).toEqual(['name'])
  })
})
