import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { LegalDocument } from '@/payload-types'

const sameDay = (a: string, b: string) => new Date(a).toDateString() === new Date(b).toDateString()

/**
 * A number alone is not unique ("13/CT-TTg" exists for 2015, 2024 and 2026): a document is identified
 * by number + issuer + issue date, and the same triple twice is refused with a clear message.
 */
export const uniqueIdentity: CollectionBeforeValidateHook<LegalDocument> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.number || !merged.issuer || !merged.issuedAt) return data
  const issuer = typeof merged.issuer === 'object' ? merged.issuer.id : merged.issuer
  const { docs } = await req.payload.find({
    collection: 'legal-documents',
    where: {
      and: [
        { number: { equals: merged.number.trim() } },
        { issuer: { equals: issuer } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    draft: true,
    pagination: false,
    select: { issuedAt: true, title: true },
    req,
  })
  const twin = docs.find((doc) => doc.issuedAt && sameDay(doc.issuedAt, merged.issuedAt!))
  if (twin) {
    throw new ValidationError({
      collection: 'legal-documents',
      errors: [
        {
          path: 'number',
          message:
            `Văn bản số ${merged.number} của cơ quan này ban hành cùng ngày đã có (“${twin.title}”). ` +
            'Mỗi văn bản được xác định bởi số ký hiệu, cơ quan ban hành và ngày ban hành.',
        },
      ],
    })
  }
  return data
}
