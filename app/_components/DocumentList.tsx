import { getTranslations } from 'next-intl/server'

import { hrefOf } from '@/domain/paths'
import { currentEffect, type LegalDocumentSummary } from '@/lib/queries/legalDocuments'
import { EffectStatusBadge } from './EffectStatusBadge'
import { IssueDate } from './IssueDate'
import { LocalizedLink as Link } from './LocalizedLink'

/** Documents as a list: number, title, issue date and legal effect. */
export async function DocumentList({ documents }: { documents: LegalDocumentSummary[] }) {
  const t = await getTranslations('documents')
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {documents.map((document) => (
        <li key={document.id} className="py-4">
          <p className="text-sm font-semibold text-slate-700">{document.number || t('noNumber')}</p>
          <Link href={hrefOf['legal-documents'](document.slug ?? '')} className="text-lg font-semibold">
            {document.title}
          </Link>
          <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
            <span>{document.issuerNameAtTime}</span>
            <span>
              <IssueDate date={document.issuedAt} precision={document.issuedAtPrecision} />
            </span>
            <EffectStatusBadge status={currentEffect(document)} />
          </p>
        </li>
      ))}
    </ul>
  )
}
