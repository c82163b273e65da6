import { hrefOf } from '@/domain/paths'
import type { Locale } from '@/i18n/routing'
import type { LegalDocument } from '@/payload-types'
import { populated } from '@/lib/queries/populated'
import { LocalizedLink as Link } from './LocalizedLink'

/** The legal basis: documents on the portal first, linked to their pages, then those named only as text (one per line). */
export function ProcedureLegalBasis({
  documents,
  text,
  locale,
}: {
  documents: (string | LegalDocument)[]
  text?: string | null
  locale: Locale
}) {
  const onPortal = documents.map(populated).filter((document): document is LegalDocument => document !== null)
  const others = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return (
    <ul className="max-w-3xl list-disc space-y-1 pl-6">
      {onPortal.map((document) => (
        <li key={document.id}>
          {document.slug ? (
            <Link href={hrefOf['legal-documents'](document.slug)} locale={locale}>
              <strong>{document.number}</strong> {document.title}
            </Link>
          ) : (
            <>
              <strong>{document.number}</strong> {document.title}
            </>
          )}
        </li>
      ))}
      {others.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
