import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/domain/slugify'

/**
 * A unique, non-localized slug made from the Vietnamese value of `sourceField` unless an editor types one.
 * It stays the same in every language so a document has one identity in URLs.
 * Not Payload's slugField (3.90.1): it stores a generateSlug checkbox (a new column per collection), remakes
 * the slug from the title on each save while that box is on (from the English title too), and once it is
 * off saves a typed slug as typed ("Đăng ký" is not folded to "dang-ky").
 */
export function slugField(sourceField: string): TextField {
  const formatSlug: FieldHook = ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    // Only the default-locale (Vietnamese) text names the URL.
    if (req.locale && req.locale !== 'vi') return value
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Tự tạo từ tên tiếng Việt nếu để trống.',
        en: 'Made from the Vietnamese name when left empty.',
      },
    },
    hooks: { beforeValidate: [formatSlug] },
  }
}
