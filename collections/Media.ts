import type { CollectionConfig } from 'payload'

import { mediaDir } from '@/scripts/data-paths.mjs'

import { hasRole } from '@/cms/access/hasRole'
import { tags } from '@/cms/cacheTags'
import { revalidateEveryChange, revalidateOnDelete } from '@/cms/hooks/revalidate'
import { CONTENT_ROLES } from '@/cms/access/roles'
import { label } from '@/domain/labels'
import { ACCEPTED_MIME_TYPES, normalizeUpload, safeFileHeaders } from '@/cms/uploads'

/**
 * Images (JPEG, PNG, WebP, GIF), and PDF, Word and Excel files. No SVG: it can carry scripts (stored
 * XSS on this origin) and raster images serve every need here. Files are public once uploaded (they
 * are linked from published content).
 */
export const MEDIA_MIME_TYPES: string[] = ACCEPTED_MIME_TYPES

/** Largest upload (enforced for every upload in payload.config.ts). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: label('Tệp', 'File'), plural: label('Thư viện tệp', 'Media') },
  access: {
    read: () => true,
    // Contributors upload new files; replacing a file or its text changes published pages at once.
    create: hasRole(...CONTENT_ROLES),
    update: hasRole('admin', 'editor'),
    delete: hasRole('admin', 'editor'),
  },
  admin: { group: label('Hệ thống', 'System'), useAsTitle: 'filename' },
  // Captions and credits show on news pages and in the press room.
  hooks: {
    beforeOperation: [normalizeUpload],
    afterChange: [revalidateEveryChange(() => [tags.collection('media')])],
    afterDelete: [revalidateOnDelete(() => [tags.collection('media')])],
  },
  upload: {
    // Beside the embedded database; in production mount a persistent volume here or add a storage adapter.
    // MEDIA_DIR, or beside the database (the demo's: data/media): scripts/data-paths.mjs.
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    modifyResponseHeaders: safeFileHeaders,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
    ],
    adminThumbnail: 'thumbnail',
  },
  // The press room: images listed for the press, newest first.
  indexes: [{ fields: ['forPress', 'createdAt'] }],
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Mô tả thay thế (alt)', 'Alternative text'),
      admin: {
        description: label(
          'Mô tả nội dung ảnh cho người khiếm thị; với tệp văn bản, ghi tên tài liệu.',
          'Describe the image for blind readers; for documents, give the document’s name.',
        ),
      },
    },
    { name: 'caption', type: 'text', localized: true, label: label('Chú thích', 'Caption') },
    {
      name: 'credit',
      type: 'text',
      localized: true,
      label: label('Nguồn, tác giả', 'Credit'),
      admin: {
        description: label(
          'Ví dụ: Ảnh: Nguyễn Văn A, hoặc Đồ họa: Sở Nội vụ. Hiện cùng ảnh và khi tải về.',
          'E.g. Photo: Jane Doe. Shown with the image and for downloads.',
        ),
      },
    },
    {
      name: 'forPress',
      type: 'checkbox',
      label: label('Đưa vào kho ảnh cho báo chí', 'List in the press room'),
      admin: {
        position: 'sidebar',
        description: label('Phòng báo chí liệt kê ảnh này để tải về, kèm nguồn.', 'The press room lists it for download, with its credit.'),
      },
    },
  ],
}
