import { getTranslations } from 'next-intl/server'

import { hrefOf } from '@/domain/paths'
import { RELATION_KINDS } from '@/domain/legalDocuments/vocabulary'
import type { RelatedDocument } from '@/lib/queries/legalDocuments'
import type { Locale } from '@/i18n/routing'
import { IssueDate } from './IssueDate'
import { LocalizedLink as Link } from './LocalizedLink'

/** Relations in both directions, each worded from this document's side ("Bị sửa đổi, bổ sung bởi"). */
export async function DocumentRelations({ relations, locale }: { relations: RelatedDocument[]; locale: Locale }) {
  const t = await getTranslations('documents')
  const groups = new Map<string, RelatedDocument[]>()
  for (const related of relations) {
    const wording = RELATION_KINDS[related.relation.kind][related.direction][locale]
    groups.set(wording, [...(groups.get(wording) ?? []), related])
  }
  return (
    <dl className="space-y-4">
      {[...groups].map(([wording, items]) => (
        <div key={wording}>
          <dt className="font-semibold">{wording}</dt>
          {items.map(({ relation, other }) => (
            <dd key={relation.id} className="mt-1 pl-4">
              <Link href={hrefOf['legal-documents'](other.slug ?? '')}>{other.number || t('noNumber')}</Link> {other.title} (
              <IssueDate date={other.issuedAt} precision={other.issuedAtPrecision} />)
              {relation.note ? <span className="block text-sm text-slate-700">{relation.note}</span> : null}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
