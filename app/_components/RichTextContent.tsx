import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import type { DefaultTypedEditorState, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { getLocale } from 'next-intl/server'

import { type CollectionWithPages, hrefOf } from '@/domain/paths'
import { type Locale, localizedPath } from '@/i18n/routing'
import { MEDIA_CLIP_BLOCK, type MediaClipFields } from '@/domain/mediaClip'
import { MediaClip } from './MediaClip'

type LinkedDoc = { relationTo?: string; value?: unknown } | undefined

/** The page of a document a link points to; null when it is not (or no longer) published here. */
function internalHref(doc: LinkedDoc, locale: Locale): string | null {
  const collection = doc?.relationTo as CollectionWithPages | undefined
  const slug = doc?.value && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
  return collection && collection in hrefOf && slug ? localizedPath(hrefOf[collection](slug), locale) : null
}

/** Internal links go to the linked document's page in the reader's language; one to a draft is plain text, never "#". */
const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: { [MEDIA_CLIP_BLOCK]: ({ node }: { node: { fields: MediaClipFields } }) => <MediaClip clip={node.fields} /> },
    link: (args) => {
      const node = args.node as SerializedLinkNode
      if (node.fields.linkType !== 'internal') return typeof defaultConverters.link === 'function' ? defaultConverters.link(args) : null
      const children = args.nodesToJSX({ nodes: node.children })
      const href = internalHref(node.fields.doc as LinkedDoc, locale)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
  })

/** Rich text from the CMS rendered on the server (no client code). */
export async function RichTextContent({ data, lang }: { data: unknown; lang?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const locale = (await getLocale()) as Locale
  return (
    <div className="rich-text" lang={lang}>
      <RichText data={data as DefaultTypedEditorState} converters={converters(locale)} />
    </div>
  )
}
