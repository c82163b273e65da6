import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { effectStatusFromDates } from '../../collections/LegalDocuments/effectStatus'
import type { Locale } from '../../i18n/routing'
import type { DocumentRelation, LegalDocument } from '../../payload-types'
import { tags } from '../cache-tags'
import { detailQuery } from './bySlug'
import { getPayloadClient } from './payload'
import { populated } from './populated'

const SUMMARY = {
  number: true,
  title: true,
  slug: true,
  documentType: true,
  issuedAt: true,
  issuedAtPrecision: true,
  status: true,
  statusSetByEditor: true,
  effectiveFrom: true,
  effectiveUntil: true,
  issuer: true,
  issuerNameAtTime: true,
} as const

export type LegalDocumentSummary = Pick<LegalDocument, 'id' | keyof typeof SUMMARY>

/** Legal effect today: as the editor set it, or from the dates (pages regenerate daily). */
export const currentEffect = (document: Pick<LegalDocument, 'status' | 'statusSetByEditor' | 'effectiveFrom' | 'effectiveUntil'>) =>
  document.statusSetByEditor ? document.status : effectStatusFromDates(document)

/** Published documents, newest first (a search and filters come with the documents issue). */
export const listLegalDocuments = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<LegalDocumentSummary[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'legal-documents',
        locale,
        overrideAccess: false,
        depth: 0,
        limit: 200,
        sort: '-issuedAt',
        select: SUMMARY,
      })
      return docs
    },
    ['legal-documents', 'list', locale],
    { tags: [tags.collection('legal-documents')] },
  )(),
)

export const getLegalDocumentBySlug = detailQuery('legal-documents', {
  depth: 1,
  populate: { agencies: { name: true }, media: { url: true, filename: true, alt: true, mimeType: true, filesize: true } },
  translatable: ['title', 'summary', 'fullText', 'signerTitle', 'issuerNameAtTime', 'expiryReason'],
})

export type RelatedDocument = { relation: DocumentRelation; other: LegalDocumentSummary; direction: 'outgoing' | 'incoming' }

/** Relations of a document in both directions, with the other (published) document of each. */
export const getDocumentRelations = cache((documentId: string, slug: string, locale: Locale) =>
  unstable_cache(
    async (): Promise<RelatedDocument[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'document-relations',
        locale,
        overrideAccess: false,
        depth: 1,
        pagination: false,
        where: { or: [{ source: { equals: documentId } }, { target: { equals: documentId } }] },
        populate: { 'legal-documents': SUMMARY },
      })
      return docs.flatMap((relation): RelatedDocument[] => {
        const direction = populated(relation.source)?.id === documentId ? 'outgoing' : 'incoming'
        const other = populated(direction === 'outgoing' ? relation.target : relation.source)
        return other ? [{ relation, other: other as LegalDocumentSummary, direction }] : []
      })
    },
    ['legal-documents', 'relations', slug, locale],
    { tags: [tags.document('legal-documents', slug)] },
  )(),
)

