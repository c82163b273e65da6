import fs from 'node:fs/promises'

import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { slugify } from '@/domain/slugify'

/** What the media library accepts, with the one extension each is stored under. No SVG (see README). */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const satisfies Record<string, string>

export type AcceptedType = keyof typeof ACCEPTED_TYPES
export const ACCEPTED_MIME_TYPES = Object.keys(ACCEPTED_TYPES) as AcceptedType[]

/** Largest image accepted, in pixels per frame (and ten times that over all frames of an animation). */
export const MAX_IMAGE_PIXELS = 40_000_000

const SHARP_FORMATS: Record<string, AcceptedType> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' }
const CFB = Buffer.from('d0cf11e0a1b11ae1', 'hex')
const utf16 = (text: string) => Buffer.from(text, 'utf16le')
/** Extensions stripped from the end of a name before one matching the content is added. */
const KNOWN_EXTENSION =
  /\.(jpe?g|png|webp|gif|svgz?|bmp|tiff?|pdf|docx?|xlsx?|html?|xhtml|shtml|xml|php\d?|phtml|jsp|aspx?|m?js|sh|bat|cmd|exe|txt)$/i

type UploadFile = NonNullable<PayloadRequest['file']> & { tempFilePath?: string }

const imageTooLarge = (width: number, height: number) => {
  const megapixels = Math.round((width * height) / 1e6)
  const limit = MAX_IMAGE_PIXELS / 1e6
  return new ValidationError({
    collection: 'media',
    errors: [
      {
        path: 'file',
        message:
          `Ảnh quá lớn: ${width} × ${height} điểm ảnh (${megapixels} megapixel), tối đa ${limit} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại. / ` +
          `The image is too large: ${width} × ${height} pixels (${megapixels} megapixels), at most ${limit} megapixels. Scale it down and upload it again.`,
      },
    ],
  })
}

/**
 * The accepted type of a file from its content (never its name or declared type), or null. Images
 * are read by sharp from their header only (cheap even for huge ones) and refused above the pixel
 * limit before Payload decodes and resizes them.
 */
export async function detectType(bytes: Buffer, declared?: string): Promise<AcceptedType | null> {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    if (bytes.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    if (bytes.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    return null
  }
  if (bytes.subarray(0, 8).equals(CFB)) {
    // Word 97–2003 and Excel 97–2003 are both compound files: told apart by their main stream's name.
    if (bytes.includes(utf16('WordDocument'))) return 'application/msword'
    if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return 'application/vnd.ms-excel'
    return declared === 'application/msword' || declared === 'application/vnd.ms-excel' ? declared : null
  }
  let metadata: Metadata
  try {
    metadata = await sharp(bytes).metadata()
  } catch {
    return null
  }
  const type = metadata.format ? SHARP_FORMATS[metadata.format] : undefined
  if (!type) return null
  const width = metadata.width ?? 0
  const height = metadata.pageHeight ?? metadata.height ?? 0
  if (width * height > MAX_IMAGE_PIXELS || width * height * (metadata.pages ?? 1) > 10 * MAX_IMAGE_PIXELS) {
    throw imageTooLarge(width, height)
  }
  return type
}

/** A safe ASCII file name with one extension: "Ảnh Hội nghị.png.html" (a PNG) → "anh-hoi-nghi.png". */
export function normalizedFilename(name: string, type: AcceptedType | null): string {
  let base = name.split(/[\\/]/).pop() ?? ''
  const declaredExtension = KNOWN_EXTENSION.exec(base)?.[1]?.toLowerCase()
  while (KNOWN_EXTENSION.test(base)) base = base.replace(KNOWN_EXTENSION, '')
  const slug = slugify(base) || 'tep'
  const extension = type ? ACCEPTED_TYPES[type] : declaredExtension
  return extension ? `${slug}.${extension}` : slug
}

/**
 * Before Payload handles an uploaded file (create, or a replacement on update): the type is taken from
 * the content, the name made safe with the matching extension, and oversized images refused.
 * A file of no accepted type keeps its (slugged) name and is refused by Payload's MIME check.
 */
export const normalizeUpload: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as UploadFile | undefined
  if (!file) return args
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
  const type = await detectType(bytes, file.mimetype)
  file.name = normalizedFilename(file.name, type)
  if (type) file.mimetype = type
  return args
}

const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'])

/**
 * Headers of the file route (`/api/media/file/…`): never sniffed; anything that is not an accepted
 * type (e.g. an SVG or HTML file stored before these rules) as opaque bytes; only images and PDF
 * shown in the browser, everything else downloaded; no scripts in anything but PDF (the browser's
 * PDF viewer does not run in a sandbox).
 */
export function safeFileHeaders({ headers }: { headers: Headers }): Headers {
  const type = (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase()
  headers.set('X-Content-Type-Options', 'nosniff')
  if (!(type in ACCEPTED_TYPES)) headers.set('Content-Type', 'application/octet-stream')
  if (!INLINE_TYPES.has(type)) headers.set('Content-Disposition', 'attachment')
  if (type !== 'application/pdf') headers.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  return headers
}
