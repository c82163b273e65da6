import { getTranslations } from 'next-intl/server'

import type { MediaClipFields } from '@/domain/mediaClip'
import type { Media } from '@/payload-types'
import { MediaFigure } from './MediaFigure'

/** A clip in rich text: its poster and title link to where it plays (no outside script here), its transcript below. */
export async function MediaClip({ clip }: { clip: MediaClipFields }) {
  const t = await getTranslations('clip')
  const poster = clip.poster && typeof clip.poster === 'object' ? (clip.poster as Media) : null
  const facts = [t(clip.kind), clip.duration, clip.source].filter(Boolean).join(' · ')
  return (
    <section className="my-6 max-w-3xl rounded border border-slate-200 p-4" aria-label={clip.title}>
      {poster ? <MediaFigure media={poster} sizes="(max-width: 768px) 100vw, 768px" /> : null}
      <p className="mt-2 font-semibold">
        <a href={clip.url} rel="external">
          {t('play', { kind: clip.kind, title: clip.title })}
        </a>
      </p>
      <p className="text-sm text-slate-700">
        {facts} · {t('external')}
      </p>
      {clip.transcript ? (
        <details className="mt-2">
          <summary className="cursor-pointer">{t('transcript')}</summary>
          <p className="mt-2 whitespace-pre-line">{clip.transcript}</p>
        </details>
      ) : null}
    </section>
  )
}
