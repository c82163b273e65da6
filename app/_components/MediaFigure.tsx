import { getTranslations } from 'next-intl/server'
import { getImageProps } from 'next/image'

import type { Media } from '@/payload-types'
import { fileFacts } from './FileList'

type FigureMedia = Pick<Media, 'url' | 'alt' | 'width' | 'height' | 'caption' | 'credit' | 'filename' | 'filesize'>

/** Payload's file URLs carry the site's origin; next/image wants a local path for local files. */
const localPath = (url: string) => url.replace(/^https?:\/\/[^/]+(?=\/api\/media\/)/, '')

/**
 * An image with its caption, credit and a link to the original file. Resized and converted by
 * next/image's optimizer, but rendered as a plain <img> on the server: no client JavaScript.
 */
export async function MediaFigure({ media, sizes, eager = false }: { media: FigureMedia; sizes: string; eager?: boolean }) {
  if (!media.url || !media.width || !media.height) return null
  const t = await getTranslations('files')
  const { props } = getImageProps({
    src: localPath(media.url),
    alt: media.alt,
    width: media.width,
    height: media.height,
    sizes,
    ...(eager ? { loading: 'eager', fetchPriority: 'high' } : {}),
  })
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props from getImageProps, alt included */}
      <img {...props} className="h-auto w-full max-w-3xl border border-slate-200" />
      <figcaption className="mt-2 max-w-3xl text-sm text-slate-700">
        {media.caption ? <span>{media.caption} </span> : null}
        {media.credit ? <span>({media.credit}) </span> : null}
        <a href={localPath(media.url)} download className="whitespace-nowrap">
          {t('original')}
        </a>{' '}
        <span className="whitespace-nowrap">({fileFacts(media)})</span>
      </figcaption>
    </figure>
  )
}
