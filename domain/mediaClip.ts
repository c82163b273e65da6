/** The rich-text block of a video or audio clip: its slug and fields (cms/fields/mediaClipBlock.ts, app/_components/MediaClip.tsx). */
export const MEDIA_CLIP_BLOCK = 'mediaClip'

export type MediaClipFields = {
  kind: 'video' | 'audio'
  title: string
  url: string
  source?: string | null
  poster?: unknown
  duration?: string | null
  transcript?: string | null
}
