import type { Block } from 'payload'

import { label } from '@/domain/labels'
import { MEDIA_CLIP_BLOCK } from '@/domain/mediaClip'
import { httpsUrl } from './validators'

/**
 * A video or audio clip (the provincial radio-TV's, the department's own) in rich text: the link to
 * its page, a poster image, and a transcript. No third-party player is embedded: the page shows the
 * poster linking to the clip, so no outside script loads unless the reader goes to play it.
 */
export const mediaClipBlock: Block = {
  slug: MEDIA_CLIP_BLOCK,
  labels: { singular: label('Video hoặc âm thanh', 'Video or audio'), plural: label('Video, âm thanh', 'Videos, audio') },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'video',
      options: [
        { value: 'video', label: label('Video', 'Video') },
        { value: 'audio', label: label('Âm thanh', 'Audio') },
      ],
      label: label('Loại', 'Kind'),
    },
    { name: 'title', type: 'text', required: true, label: label('Tên clip', 'Title') },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: httpsUrl,
      label: label('Đường dẫn đến clip', 'Link to the clip'),
      admin: {
        description: label(
          'Trang của clip (Đài Phát thanh – Truyền hình, YouTube…), bắt đầu bằng https://',
          'The clip’s page (radio-TV, YouTube…), starting with https://',
        ),
      },
    },
    {
      name: 'source',
      type: 'text',
      label: label('Nguồn', 'Source'),
      admin: { description: label('Ví dụ: Đài Phát thanh và Truyền hình tỉnh', 'E.g. the provincial radio and television') },
    },
    { name: 'poster', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Poster image') },
    { name: 'duration', type: 'text', label: label('Thời lượng', 'Length'), admin: { description: label('Ví dụ: 3:25', 'E.g. 3:25') } },
    {
      name: 'transcript',
      type: 'textarea',
      label: label('Lời thoại, nội dung', 'Transcript'),
      admin: {
        description: label('Cho người không nghe được hoặc không xem được clip.', 'For readers who cannot hear or watch the clip.'),
      },
    },
  ],
}
