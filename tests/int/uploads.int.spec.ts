import zlib from 'node:zlib'

import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let cleanup: () => Promise<void>

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A complete, valid black-and-white PNG: 16,000 × 16,000 pixels in about 31 KB (a decompression bomb). */
function hugePng(size = 16_000) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.alloc(size * (1 + Math.ceil(size / 8))) // filter byte + 1 bit per pixel, all black
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// A 1×1 PNG and a minimal PDF.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\nxref\n0 1\n0000000000 65535 f \n' +
    'trailer<</Size 4/Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
  'latin1',
)
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')

const upload = (name: string, mimetype: string, data: Buffer, alt = 'Tệp thử') =>
  payload.create({ collection: 'media', data: { alt }, file: { data, mimetype, name, size: data.length }, context })

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})

afterAll(() => cleanup())

describe('uploaded names', () => {
  it('get one extension, the one of the content, and an ASCII slug of the Vietnamese name', async () => {
    const image = await upload('Ảnh Hội nghị tổng kết.png.html', 'text/html', png)
    expect(image).toMatchObject({ filename: 'anh-hoi-nghi-tong-ket.png', mimeType: 'image/png' })
    const document = await upload('Quyết định số 12.2024.PDF', 'application/octet-stream', pdf)
    expect(document).toMatchObject({ filename: 'quyet-dinh-so-12-2024.pdf', mimeType: 'application/pdf' })
  })
})

describe('image size', () => {
  it('refuses an image above 40 megapixels at once, saying so in Vietnamese and English', async () => {
    const bomb = hugePng()
    expect(bomb.length).toBeLessThan(40_000)
    const started = Date.now()
    await expect(upload('bom.png', 'image/png', bomb)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'file',
            message:
              'Ảnh quá lớn: 16000 × 16000 điểm ảnh (256 megapixel), tối đa 40 megapixel. Hãy thu nhỏ ảnh rồi tải lên lại. / ' +
              'The image is too large: 16000 × 16000 pixels (256 megapixels), at most 40 megapixels. Scale it down and upload it again.',
          },
        ],
      },
    })
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('SVG', () => {
  it('is not accepted (it can carry scripts)', async () => {
    // Payload logs the refusal: kept and asserted here, not printed.
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    await expect(upload('logo.svg', 'image/svg+xml', svg)).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file' }] } })
    expect(logged.mock.calls.map(([line]) => String(line))).toEqual(['Invalid MIME type: image/svg+xml.'])
    logged.mockRestore()
  })
})

describe('the file route', () => {
  const get = async (url: string) =>
    handleEndpoints({ config: Promise.resolve(payload.config), request: new Request(new URL(url, 'http://localhost:3000')) })

  it('serves images and PDF inline with their real type, never sniffed, scripts off for images', async () => {
    const image = await upload('anh.png', 'image/png', png)
    const response = await get(image.url!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
    const document = await upload('van-ban.pdf', 'application/pdf', pdf)
    const pdfResponse = await get(document.url!)
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf')
    expect(pdfResponse.headers.get('x-content-type-options')).toBe('nosniff')
    expect(pdfResponse.headers.get('content-disposition')).toBeNull()
  })
})
