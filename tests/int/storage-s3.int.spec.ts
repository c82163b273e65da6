/* Uploads on object storage (cms/objectStorage.ts): a fake S3 server (s3rver) on a free port, Payload booted with S3_*. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'
import { OBJECT_STORAGE_UNAVAILABLE_MESSAGE, objectStorageSettings } from '@/cms/objectStorage'
import { RETRY_AFTER_SECONDS } from '@/cms/hooks/errorStatus'

const BUCKET = 'cchc-test'
const KEY = 'S3RVER'
const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
]

let payload: Payload
let cleanup: () => Promise<void>
let dir: string
let bucketDir: string
let server: S3rver | undefined
let port = 0
let bucket: S3
let editor: { token: string; id: string }

async function startS3(): Promise<void> {
  server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET, configs: [] }] })
  ;({ port } = await server.run())
}
async function stopS3(): Promise<void> {
  await server?.close()
  server = undefined
}

/** Keys in the bucket under a folder. */
async function keys(prefix: string): Promise<string[]> {
  const listed = await bucket.listObjectsV2({ Bucket: BUCKET, Prefix: prefix })
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}
async function objectBytes(key: string): Promise<Buffer> {
  const object = await bucket.getObject({ Bucket: BUCKET, Key: key })
  return Buffer.from(await object.Body!.transformToByteArray())
}
const uploadSmall = (name: string) =>
  payload.create({
    collection: 'media',
    data: { alt: 'Ảnh thử' },
    file: { data: smallPng, mimetype: 'image/png', name, size: smallPng.length },
    context,
  })
/** Files under a folder on local disk (none expected with a bucket). */
const filesIn = (folder: string): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String) : [])

const request = (method: string, url: string, init: { token?: string; body?: BodyInit } = {}) =>
  handleEndpoints({
    config: Promise.resolve(payload.config),
    request: new Request(new URL(url, 'http://localhost:3000'), {
      method,
      headers: init.token ? { Authorization: `JWT ${init.token}` } : {},
      body: init.body,
    }),
  })

const csv = Buffer.from(fs.readFileSync('docs/import/van-ban-mau.csv'))
/** A 1×1 PNG (no resized sizes). */
const smallPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-s3-'))
  bucketDir = path.join(dir, 'bucket')
  await startS3()
  // Set before the config is imported: it reads them once.
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: KEY,
    S3_SECRET_ACCESS_KEY: KEY,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: '/cchc/',
  })
  ;({ payload, cleanup } = await bootPayload())
  bucket = new S3({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  })
  const user = await payload.create({
    collection: 'users',
    data: { email: 'bien-tap@example.vn', password: 'mat-khau-dai-123', roles: ['editor'] },
  })
  const { token } = (await payload.login({
    collection: 'users',
    data: { email: 'bien-tap@example.vn', password: 'mat-khau-dai-123' },
  })) as {
    token: string
  }
  editor = { token, id: String(user.id) }
})

afterAll(async () => {
  await cleanup?.()
  await stopS3()
  bucket?.destroy()
  for (const name of S3_VARIABLES) delete process.env[name]
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the S3_* settings', () => {
  const complete = { S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }

  it('none set: local disk; a complete set: the bucket, us-east-1 by default', () => {
    expect(objectStorageSettings({})).toBeNull()
    expect(objectStorageSettings(complete)).toMatchObject({ bucket: 'b', region: 'us-east-1', forcePathStyle: false, prefix: '' })
  })

  it('refuses a partial or wrong setting at start, in one line', () => {
    const refused = (env: Record<string, string>) => {
      try {
        objectStorageSettings(env)
      } catch (error) {
        expect((error as Error).stack).not.toContain('\n')
        return (error as Error).message
      }
      return 'accepted'
    }
    expect(refused({ S3_BUCKET: 'b' })).toBe(
      'object storage: S3_BUCKET is set but S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not; unset every S3_* variable to keep uploads on local disk.',
    )
    expect(refused({ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k' })).toMatch(
      /S3_ENDPOINT, S3_ACCESS_KEY_ID set but S3_BUCKET is not/,
    )
    expect(refused({ ...complete, S3_ENDPOINT: 'minio:9000' })).toMatch(/S3_ENDPOINT "minio:9000" is not an http/)
    expect(refused({ ...complete, S3_FORCE_PATH_STYLE: 'yes' })).toMatch(/S3_FORCE_PATH_STYLE "yes" is neither true nor false/)
  })
})

describe('media in the bucket', () => {
  let image: Buffer
  let media: { id: string | number; filename?: string | null; url?: string | null; sizes?: Record<string, { filename?: string | null }> }

  beforeAll(async () => {
    image = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#c8102e' } })
      .png()
      .toBuffer()
    media = (await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh hội nghị' },
      file: { data: image, mimetype: 'image/png', name: 'Ảnh hội nghị.png', size: image.length },
      context,
    })) as typeof media
  })

  it('stores the original and its resized sizes as objects, nothing on local disk', async () => {
    expect(media.filename).toBe('anh-hoi-nghi.png')
    expect(await keys('cchc/media/')).toEqual([
      'cchc/media/anh-hoi-nghi-400x240.png',
      'cchc/media/anh-hoi-nghi-800x480.png',
      'cchc/media/anh-hoi-nghi.png',
    ])
    expect((await objectBytes('cchc/media/anh-hoi-nghi.png')).equals(image)).toBe(true)
    expect(await sharp(await objectBytes('cchc/media/anh-hoi-nghi-400x240.png')).metadata()).toMatchObject({ width: 400, height: 240 })
    expect(filesIn(process.env.MEDIA_DIR!)).toEqual([])
  })

  it('serves them through Payload’s file route, with the media headers', async () => {
    // Payload's own route, as on local disk: never the bucket's address.
    expect(new URL(media.url!).pathname).toBe('/api/media/file/anh-hoi-nghi.png')
    const response = await request('GET', media.url!)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(image)).toBe(true)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
    const thumbnail = await request('GET', `/api/media/file/${media.sizes!.thumbnail.filename}`)
    expect(thumbnail.status).toBe(200)
    expect((await request('GET', '/api/media/file/khong-co.png')).status).toBe(404)
  })

  it('a second file of the same name gets its own name, not the first one’s object', async () => {
    const second = await uploadSmall('anh-hoi-nghi.png')
    expect(second.filename).toBe('anh-hoi-nghi-1.png')
    expect((await objectBytes('cchc/media/anh-hoi-nghi.png')).equals(image)).toBe(true)
    await payload.delete({ collection: 'media', id: second.id, context })
  })

  it('a replaced file’s objects go once the new one is saved', async () => {
    const replaced = await uploadSmall('thay-the.png')
    const updated = await payload.update({
      collection: 'media',
      id: replaced.id,
      data: {},
      file: { data: image, mimetype: 'image/png', name: 'thay-the-moi.png', size: image.length },
      context,
    })
    const stored = await keys('cchc/media/thay-the')
    expect(stored).toContain(`cchc/media/${updated.filename}`)
    expect(stored).not.toContain('cchc/media/thay-the.png')
    await payload.delete({ collection: 'media', id: replaced.id, context })
    expect(await keys('cchc/media/thay-the')).toEqual([])
  })

  it('delete removes every object of the file', async () => {
    await payload.delete({ collection: 'media', id: media.id, context })
    expect(await keys('cchc/media/')).toEqual([])
  })
})

describe('import files in the bucket', () => {
  let upload: { id: string | number; filename?: string | null }

  beforeAll(async () => {
    upload = await payload.create({
      collection: 'imports',
      data: { kind: 'legal-documents' },
      file: { data: csv, mimetype: 'text/csv', name: 'van-ban-s3.csv', size: csv.length },
      user: { id: editor.id, collection: 'users' } as never,
      context,
    })
  })

  it('are objects, not files on local disk, and the import job reads them from the bucket', async () => {
    const stored = await keys('cchc/imports/')
    expect(stored).toContain(`cchc/imports/${upload.filename}`)
    expect((await objectBytes(`cchc/imports/${upload.filename}`)).equals(csv)).toBe(true)
    const importsFolder = (payload.collections.imports.config.upload as { staticDir: string }).staticDir
    expect(filesIn(importsFolder)).toEqual([])
    const { processImport } = await import('@/imports/task')
    await processImport(payload, String(upload.id), false)
    const checked = await payload.findByID({ collection: 'imports', id: upload.id })
    expect(checked.status).toBe('checked')
    expect((checked.report as { total: number }).total).toBe(9)
  })

  it('stay private to editors', async () => {
    const current = await payload.findByID({ collection: 'imports', id: upload.id })
    const url = `/api/imports/file/${current.filename}`
    expect((await request('GET', url)).status).toBe(403)
    const response = await request('GET', url, { token: editor.token })
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(csv)).toBe(true)
  })
})

/** Until the jobs queued so far have run: the upload's import check (the imports queue's runner, every 3 s) must not meet the bucket down. */
async function queuedJobsRun() {
  for (let tries = 0; tries < 100; tries++) {
    const waiting = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (waiting.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('the queued jobs did not run within 20 s')
}

describe('a bucket that does not answer', () => {
  beforeAll(async () => {
    await queuedJobsRun()
    await stopS3()
  })
  afterAll(() => startS3())

  it('refuses an upload with 503 and one log line; no document, no file left', async () => {
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    const before = await payload.count({ collection: 'media' })
    const error = await uploadSmall('kho-hong.png').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'ObjectStorageUnavailable', status: 503, message: OBJECT_STORAGE_UNAVAILABLE_MESSAGE })
    expect(logged.mock.calls.map(([line]) => line)).toEqual([
      `object storage unavailable (ECONNREFUSED) putting cchc/media/kho-hong.png in bucket ${BUCKET}: upload refused (503)`,
    ])
    logged.mockRestore()
    expect(await payload.count({ collection: 'media' })).toEqual(before)
    expect(filesIn(process.env.MEDIA_DIR!)).toEqual([])
  })

  it('answers the admin’s upload 503 with Retry-After, logged once', async () => {
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    const form = new FormData()
    form.append('file', new Blob([smallPng], { type: 'image/png' }), 'kho-hong.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh khi kho hỏng' }))
    const response = await request('POST', '/api/media', { token: editor.token, body: form })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    expect(await response.json()).toEqual({ errors: [{ message: OBJECT_STORAGE_UNAVAILABLE_MESSAGE }] })
    expect(logged).toHaveBeenCalledTimes(1)
    logged.mockRestore()
  })

  it('answers a file read 503, and the import job fails saying so', async () => {
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    const read = await request('GET', '/api/media/file/anh-hoi-nghi.png')
    expect(read.status).toBe(503)
    expect(read.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    const { processImport } = await import('@/imports/task')
    const { docs } = await payload.find({ collection: 'imports', limit: 1 })
    await expect(processImport(payload, String(docs[0].id), false)).rejects.toMatchObject({ status: 503 })
    const failed = await payload.findByID({ collection: 'imports', id: docs[0].id })
    expect([failed.status, failed.failure]).toEqual(['failed', OBJECT_STORAGE_UNAVAILABLE_MESSAGE])
    // The file route's driver error (Payload logs it whole), then the import's one line.
    const messageOf = (arg: unknown) =>
      typeof arg === 'string'
        ? arg
        : arg instanceof Error
          ? arg.message
          : String((arg as { msg?: string; err?: Error }).msg ?? (arg as { err?: Error }).err?.message)
    expect(logged.mock.calls.map(([arg]) => messageOf(arg))).toEqual([
      expect.stringMatching(/ECONNREFUSED/),
      `object storage unavailable (ECONNREFUSED) reading cchc/imports/van-ban-s3.csv from bucket ${BUCKET}`,
    ])
    logged.mockRestore()
  })
})

describe('the bucket back', () => {
  it('takes uploads again', async () => {
    const media = await uploadSmall('sau-su-co.png')
    expect(await keys('cchc/media/')).toEqual(['cchc/media/sau-su-co.png'])
    await payload.delete({ collection: 'media', id: media.id, context })
  })
})
