import { RichText } from '@payloadcms/richtext-lexical/react'
import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

/** Rich text from the CMS rendered on the server (no client code). */
export function RichTextContent({ data, lang }: { data: unknown; lang?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <div className="rich-text" lang={lang}>
      <RichText data={data as DefaultTypedEditorState} />
    </div>
  )
}
