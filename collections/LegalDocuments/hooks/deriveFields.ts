import type { CollectionBeforeValidateHook } from 'payload'

import type { LegalDocument } from '@/payload-types'
import { effectStatusFromDates } from '@/domain/legalDocuments/effectStatus'
import { documentSlug } from '@/domain/legalDocuments/numbers'

/**
 * Fills what follows from other fields unless an editor set it: the slug (number + year), the issuer's
 * name as it was at issue time (copied once from the agency, then kept), and the legal effect.
 */
export const deriveFields: CollectionBeforeValidateHook<LegalDocument> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const next = { ...data }
  if (!merged.slug && (merged.number || merged.title)) next.slug = documentSlug(merged.number || merged.title!, merged.issuedAt)
  if (!merged.issuerNameAtTime && merged.issuer) {
    const id = typeof merged.issuer === 'object' ? merged.issuer.id : merged.issuer
    // In the locale being saved: passing `req` with another locale would switch the whole save to it.
    const agency = await req.payload.findByID({ collection: 'agencies', id, locale: req.locale ?? undefined, depth: 0, req })
    next.issuerNameAtTime = agency.name
  }
  if (!merged.statusSetByEditor) next.status = effectStatusFromDates(merged)
  return next
}
