import fs from 'node:fs/promises'
import path from 'node:path'

import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Payload,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { RETRY_AFTER_SECONDS } from './hooks/errorStatus'

/** Where uploads go when S3_BUCKET is set (README "Uploads on object storage (S3)"). */
export type ObjectStorageSettings = {
  bucket: string
  region: string
  /** An S3-compatible service (MinIO, Viettel, FPT, VNPT…); unset for AWS itself. */
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Folder of every key in the bucket, without slashes at either end ('' for none). */
  prefix: string
}

const VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX']

/** An incomplete or wrong S3_* setting: one line at start, no stack trace. */
export class ObjectStorageConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ObjectStorageConfigError'
    this.stack = `${this.name}: ${message}`
  }
}

/** The S3_* variables, or null when none is set (uploads on local disk). Refuses a partial or wrong setting. */
export function objectStorageSettings(env: Record<string, string | undefined> = process.env): ObjectStorageSettings | null {
  const value = (name: string) => env[name]?.trim() ?? ''
  const set = VARIABLES.filter((name) => value(name))
  if (set.length === 0) return null
  const refuse = (message: string): never => {
    throw new ObjectStorageConfigError(`object storage: ${message}; unset every S3_* variable to keep uploads on local disk.`)
  }
  if (!value('S3_BUCKET')) refuse(`${set.join(', ')} set but S3_BUCKET is not`)
  const missing = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !value(name))
  if (missing.length > 0) refuse(`S3_BUCKET is set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not`)
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint)) refuse(`S3_ENDPOINT "${endpoint}" is not an http:// or https:// address`)
  const pathStyle = value('S3_FORCE_PATH_STYLE').toLowerCase()
  if (!['', 'true', 'false'].includes(pathStyle)) refuse(`S3_FORCE_PATH_STYLE "${pathStyle}" is neither true nor false`)
  return {
    bucket: value('S3_BUCKET'),
    region: value('S3_REGION') || 'us-east-1',
    endpoint: endpoint || undefined,
    accessKeyId: value('S3_ACCESS_KEY_ID'),
    secretAccessKey: value('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: pathStyle === 'true',
    prefix: value('S3_PREFIX').replace(/^\/+|\/+$/g, ''),
  }
}

/** The key of a file of an upload collection: `<S3_PREFIX>/<collection>/<filename>`. */
export const objectKey = (settings: ObjectStorageSettings, collection: string, filename: string) =>
  path.posix.join(settings.prefix, collection, path.posix.basename(filename))

/** The S3 client's settings, shared by Payload's plugin (serving files) and this module (writing, deleting, reading). */
export function s3ClientConfig(settings: ObjectStorageSettings): S3ClientConfig {
  const agent = { keepAlive: true, maxSockets: 100 }
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default CRC32 trailer (aws-chunked bodies) is not understood by every S3-compatible
    // service: some refuse it, some (s3rver) store the chunk framing inside the object. Only AWS gets it.
    ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    // An unreachable bucket fails within seconds rather than holding the upload open.
    requestHandler: { connectionTimeout: 3000, requestTimeout: 30_000, httpAgent: agent, httpsAgent: agent },
  }
}

const clients = new Map<string, S3>()
function s3(settings: ObjectStorageSettings): S3 {
  const key = JSON.stringify(settings)
  if (!clients.has(key)) clients.set(key, new S3(s3ClientConfig(settings)))
  return clients.get(key)!
}

export const OBJECT_STORAGE_UNAVAILABLE_MESSAGE =
  'Kho lưu trữ tệp tạm thời không truy cập được, tệp chưa được lưu; vui lòng thử lại sau ít phút. / ' +
  'The file store cannot be reached right now and the file was not saved: please try again in a few minutes.'

/** The bucket did not take or give a file: 503, the request changed nothing. Logged once by this module. */
export class ObjectStorageUnavailable extends APIError {
  constructor(cause: unknown) {
    super(OBJECT_STORAGE_UNAVAILABLE_MESSAGE, 503, null, true)
    this.name = 'ObjectStorageUnavailable'
    this.cause = cause
  }
}

/** What went wrong with a bucket request, in a few words (no stack): a network code or S3's error name. */
export function describeFailure(error: unknown): string {
  const { code, name, message, $metadata } = (error ?? {}) as {
    code?: string
    name?: string
    message?: string
    $metadata?: { httpStatusCode?: number }
  }
  const status = $metadata?.httpStatusCode ? ` HTTP ${$metadata.httpStatusCode}` : ''
  return `${code ?? (name && name !== 'Error' ? name : message) ?? 'unknown error'}${status}`
}

type StoredFile = { key: string; body: Buffer; type?: string }

/** The original and each resized size of the file being saved, as Payload prepared them (in memory). */
async function incomingFiles(settings: ObjectStorageSettings, slug: string, data: Record<string, unknown>, req: PayloadRequest) {
  const file = req.file as (PayloadRequest['file'] & { tempFilePath?: string }) | undefined
  if (!file || typeof data.filename !== 'string') return []
  const body = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
  const files: StoredFile[] = [{ key: objectKey(settings, slug, data.filename), body, type: data.mimeType as string | undefined }]
  const sizes = (data.sizes ?? {}) as Record<string, { filename?: string | null; mimeType?: string | null } | undefined>
  for (const [name, size] of Object.entries(sizes)) {
    const bytes = req.payloadUploadSizes?.[name]
    if (bytes && size?.filename)
      files.push({ key: objectKey(settings, slug, size.filename), body: bytes, type: size.mimeType ?? undefined })
  }
  return files
}

/** Every key a saved document's files have (original and sizes). */
function keysOf(settings: ObjectStorageSettings, slug: string, doc: Record<string, unknown> | undefined): string[] {
  if (!doc) return []
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null } | undefined>)
  const names = [doc.filename, ...sizes.map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name !== '',
  )
  return names.map((name) => objectKey(settings, slug, name))
}

/**
 * Puts the file and its sizes in the bucket before the document is written, so that a bucket that
 * fails refuses the save (503) and leaves no document without its file (SQLite runs without
 * transactions). Keys already put are taken back.
 */
const storeBeforeSave =
  (settings: ObjectStorageSettings, slug: string): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    const files = await incomingFiles(settings, slug, data, req)
    const stored: string[] = []
    try {
      for (const file of files) {
        await s3(settings).putObject({ Bucket: settings.bucket, Key: file.key, Body: file.body, ContentType: file.type })
        stored.push(file.key)
      }
    } catch (error) {
      await Promise.allSettled(stored.map((key) => s3(settings).deleteObject({ Bucket: settings.bucket, Key: key })))
      req.payload.logger.error(
        `object storage unavailable (${describeFailure(error)}) putting ${files[stored.length]?.key} in bucket ${settings.bucket}: upload refused (503)`,
      )
      req.responseHeaders ??= new Headers()
      req.responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
      throw new ObjectStorageUnavailable(error)
    }
    return data
  }

/** Deletes objects; one log line for those the bucket did not delete (they stay, nothing else breaks). */
async function deleteObjects(settings: ObjectStorageSettings, payload: Payload, keys: string[], why: string) {
  const results = await Promise.allSettled(keys.map((key) => s3(settings).deleteObject({ Bucket: settings.bucket, Key: key })))
  const failed = results.flatMap((result, index) => (result.status === 'rejected' ? [{ key: keys[index], error: result.reason }] : []))
  if (failed.length === 0) return
  payload.logger.error(
    `object storage: ${failed.length} object(s) of ${why} not deleted from bucket ${settings.bucket} (${describeFailure(failed[0].error)}): ${failed.map((each) => each.key).join(', ')}`,
  )
}

/** A replaced file: its previous objects go once the new ones and the document are saved. */
const deleteReplaced =
  (settings: ObjectStorageSettings, slug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    const current = new Set(keysOf(settings, slug, doc))
    const replaced = keysOf(settings, slug, previousDoc).filter((key) => !current.has(key))
    if (replaced.length > 0) await deleteObjects(settings, req.payload, replaced, `a replaced ${slug} file`)
    return doc
  }

const deleteWithDocument =
  (settings: ObjectStorageSettings, slug: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await deleteObjects(settings, req.payload, keysOf(settings, slug, doc), `deleted ${slug} ${doc.id}`)
    return doc
  }

/** A bucket that does not answer a file read: 503 (nginx serves its copy), not Payload's 500. */
function unavailableRead(response: Response): Response {
  if (response.status !== 500) return response
  return Response.json(
    { errors: [{ message: OBJECT_STORAGE_UNAVAILABLE_MESSAGE }] },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
  )
}

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/**
 * Every upload collection's files in the bucket when S3_BUCKET is set; without it the config is unchanged.
 * Payload's storage-s3 plugin serves the files through Payload's own file route (`/api/<collection>/file/…`,
 * with its access rules and response headers) and turns local storage off. This module writes and deletes
 * the objects itself, before the document is saved (see storeBeforeSave), and keys them by collection and
 * filename only: the plugin's `prefix` and `_objectKey` fields are left out, so the database schema is the
 * same with or without a bucket (no migration), and S3_PREFIX must not change once files are stored.
 */
export function objectStoragePlugin(settings = objectStorageSettings()): Plugin {
  return async (config) => {
    if (!settings) return config
    const uploads = (config.collections ?? []).filter((collection) => collection.upload)
    const withPlugin = await s3Storage({
      bucket: settings.bucket,
      config: s3ClientConfig(settings),
      collections: Object.fromEntries(uploads.map(({ slug }) => [slug, { prefix: path.posix.join(settings.prefix, slug) }])),
    })(config)
    const original = new Map(uploads.map((collection) => [collection.slug, collection]))
    return {
      ...withPlugin,
      // Logged once, by the hook that refused the upload.
      loggingLevels: { ...withPlugin.loggingLevels, ObjectStorageUnavailable: false },
      collections: (withPlugin.collections ?? []).map((collection) => {
        const before = original.get(collection.slug)
        if (!before || typeof collection.upload !== 'object') return collection
        const { slug } = collection
        const handlers = (collection.upload.handlers ?? []).map((handler): UploadHandler => async (...args): Promise<Response> => {
          const response = await handler(...args)
          // Payload's file route falls back to the local disk after a handler that answers nothing.
          return response instanceof Response ? unavailableRead(response) : new Response(null, { status: 404 })
        })
        return {
          ...collection,
          fields: collection.fields.filter((field) => !('name' in field && (field.name === 'prefix' || field.name === '_objectKey'))),
          // The plugin's own hooks (upload after the save, prefix fields) are replaced by this module's.
          hooks: {
            ...before.hooks,
            beforeChange: [...(before.hooks?.beforeChange ?? []), storeBeforeSave(settings, slug)],
            afterChange: [...(before.hooks?.afterChange ?? []), deleteReplaced(settings, slug)],
            afterDelete: [...(before.hooks?.afterDelete ?? []), deleteWithDocument(settings, slug)],
          },
          upload: { ...collection.upload, handlers },
        }
      }),
    }
  }
}

/**
 * The bytes of a stored upload (an import file), wherever uploads are kept: the bucket when S3_BUCKET
 * is set, the collection's folder on local disk otherwise. A bucket that does not answer throws
 * ObjectStorageUnavailable; a missing file throws as the disk or S3 says (ENOENT, NoSuchKey).
 */
export async function readUpload(payload: Payload, collection: string, filename: string, settings = objectStorageSettings()) {
  if (!settings) {
    const upload = payload.config.collections.find((each) => each.slug === collection)?.upload
    const dir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection
    return fs.readFile(path.join(dir, path.basename(filename)))
  }
  const key = objectKey(settings, collection, filename)
  try {
    const object = await s3(settings).getObject({ Bucket: settings.bucket, Key: key })
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') throw error
    payload.logger.error(`object storage unavailable (${describeFailure(error)}) reading ${key} from bucket ${settings.bucket}`)
    throw new ObjectStorageUnavailable(error)
  }
}
