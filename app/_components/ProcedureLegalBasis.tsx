import type { LegalDocument } from '@/payload-types'
import { populated } from '@/lib/queries/populated'

/** The legal basis: documents on the portal first, then those named only as text (one per line). */
export function ProcedureLegalBasis({ documents, text }: { documents: (string | LegalDocument)[]; text?: string | null }) {
  const onPortal = documents.map(populated).filter((document): document is LegalDocument => document !== null)
  const others = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return (
    <ul className="max-w-3xl list-disc space-y-1 pl-6">
      {onPortal.map((document) => (
        <li key={document.id}>
          <strong>{document.number}</strong> {document.title}
        </li>
      ))}
      {others.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
