import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context } from '../fixtures/payload'
import { readTags, tags } from '@/cms/cacheTags'
import type { User } from '@/payload-types'

let payload: Payload
let cleanup: () => Promise<void>
let editor: User
let contributor: User
let mediaId: string
let published: string
let otherPublished: string
let draft: string
let unpublished: string

// A 1×1 PNG: the smallest valid image.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const pngFile = (name = 'anh.png') => ({ data: png, mimetype: 'image/png', name, size: png.length })

const BETWEEN_PUBLISHED =
  'Quan hệ giữa hai văn bản đã đăng chỉ biên tập viên được thêm, sửa hoặc xoá. / ' +
  'Only editors add, change or delete a relation between two published documents.'

const DUPLICATE =
  'Quan hệ này đã có (cùng văn bản, cùng loại quan hệ, cùng văn bản được tác động). / ' +
  'This relation already exists (same document, relation and other document).'
const SELF =
  'Một văn bản không thể có quan hệ với chính nó: chọn văn bản khác. / A document cannot be related to itself: choose another document.'

const user = (email: string, role: User['roles'][number]) =>
  payload.create({ collection: 'users', data: { email, password: 'mat-khau-dai-123', roles: [role] } })

let number = 0
async function document(status: 'draft' | 'published', issuer: string) {
  number += 1
  const doc = await payload.create({
    collection: 'legal-documents',
    data: {
      documentType: 'chi-thi',
      number: `${number}/CT-UBND`,
      numberConfirmed: true,
      issuer,
      issuedAt: '2024-01-15',
      title: `Chỉ thị ${number}`,
      _status: status,
    } as never,
    draft: status === 'draft',
    context,
  })
  return doc.id
}

type Kind = 'amends' | 'related' | 'replaces'

/** A relation created by trusted code, or by `as` through access control. */
const relation = (source: string, target: string, kind: Kind = 'related', as?: User) =>
  payload.create({
    collection: 'document-relations',
    data: { source, kind, target },
    context,
    ...(as ? { user: as, overrideAccess: false } : {}),
  })

/** A write asks the Next server to expire its pages; a test has none, so the ask fails: kept, not printed. */
const failedExpiries: string[] = []

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const logWarn = payload.logger.warn.bind(payload.logger)
  vi.spyOn(payload.logger, 'warn').mockImplementation(((line: unknown, ...rest: never[]) => {
    if (typeof line === 'string' && line.startsWith('could not revalidate ')) failedExpiries.push(line)
    else logWarn(line as never, ...rest)
  }) as never)
  await user('first@example.vn', 'admin')
  editor = await user('editor@example.vn', 'editor')
  contributor = await user('contributor@example.vn', 'contributor')
  const agency = await payload.create({ collection: 'agencies', data: { name: 'UBND tỉnh', kind: 'province' }, context })
  mediaId = (await payload.create({ collection: 'media', data: { alt: 'Ảnh hội nghị' }, file: pngFile(), context })).id
  published = await document('published', agency.id)
  otherPublished = await document('published', agency.id)
  draft = await document('draft', agency.id)
  // Published once, then taken offline, before `firstPublishedAt` was recorded: only its history tells.
  unpublished = await document('published', agency.id)
  await payload.update({ collection: 'legal-documents', id: unpublished, data: { _status: 'draft' }, context })
  await payload.db.updateOne({ collection: 'legal-documents', id: unpublished, data: { firstPublishedAt: null }, req: {} as never })
})

afterAll(() => cleanup())

describe('media (Local API, overrideAccess: false)', () => {
  it('a contributor uploads new files', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh mới' },
      file: pngFile('moi.png'),
      user: contributor,
      overrideAccess: false,
      context,
    })
    expect(doc.filename).toBe('moi.png')
  })

  it('a contributor cannot change the alt text, replace the file or delete a file', async () => {
    await expect(
      payload.update({ collection: 'media', id: mediaId, data: { alt: 'Đã đổi' }, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'media',
        id: mediaId,
        data: {},
        file: pngFile('thay.png'),
        user: contributor,
        overrideAccess: false,
        context,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'media', id: mediaId, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({
      status: 403,
    })
  })

  it('nor in bulk (PATCH/DELETE /api/media?where=…)', async () => {
    const everything = { id: { exists: true } }
    await expect(
      payload.update({
        collection: 'media',
        where: everything,
        data: { alt: 'Đã đổi' },
        user: contributor,
        overrideAccess: false,
        context,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'media', where: everything, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({
      status: 403,
    })
    expect((await payload.findByID({ collection: 'media', id: mediaId })).alt).toBe('Ảnh hội nghị')
  })

  it('an editor changes and replaces files', async () => {
    const doc = await payload.update({
      collection: 'media',
      id: mediaId,
      data: { alt: 'Ảnh hội nghị tổng kết' },
      user: editor,
      overrideAccess: false,
      context,
    })
    expect(doc.alt).toBe('Ảnh hội nghị tổng kết')
  })
})

describe('relations between legal documents (Local API, overrideAccess: false)', () => {
  it('a contributor cannot create one between two published documents', async () => {
    await expect(relation(published, otherPublished, 'amends', contributor)).rejects.toMatchObject({
      status: 403,
      message: BETWEEN_PUBLISHED,
    })
  })

  it('nor between a published document and one that was published before', async () => {
    await expect(relation(published, unpublished, 'amends', contributor)).rejects.toMatchObject({ status: 403, message: BETWEEN_PUBLISHED })
  })

  it('a contributor cannot change or delete one between two published documents', async () => {
    const live = await relation(published, otherPublished)
    await expect(
      payload.update({
        collection: 'document-relations',
        id: live.id,
        data: { note: 'Điều 2' },
        user: contributor,
        overrideAccess: false,
        context,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'document-relations', id: live.id, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({ status: 403 })
    // In bulk, the relation between published documents is left out.
    const bulk = await payload.delete({
      collection: 'document-relations',
      where: { id: { equals: live.id } },
      user: contributor,
      overrideAccess: false,
      context,
    })
    expect(bulk.docs).toEqual([])
    expect((await payload.findByID({ collection: 'document-relations', id: live.id, depth: 0 })).note).toBeFalsy()
  })

  it('nor one between documents published before, nor move one there', async () => {
    const once = await relation(published, unpublished, 'amends')
    await expect(
      payload.delete({ collection: 'document-relations', id: once.id, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({ status: 403, message: BETWEEN_PUBLISHED })
    const toDraft = await relation(published, draft, 'amends')
    await expect(
      payload.update({
        collection: 'document-relations',
        id: toDraft.id,
        data: { target: otherPublished },
        user: contributor,
        overrideAccess: false,
        context,
      }),
    ).rejects.toMatchObject({ status: 403, message: BETWEEN_PUBLISHED })
  })

  it('a contributor creates, edits and deletes one with a draft side', async () => {
    const created = await relation(draft, published, 'related', contributor)
    const edited = await payload.update({
      collection: 'document-relations',
      id: created.id,
      data: { note: 'Điều 3' },
      user: contributor,
      overrideAccess: false,
      context,
    })
    expect(edited.note).toBe('Điều 3')
    await payload.delete({ collection: 'document-relations', id: created.id, user: contributor, overrideAccess: false, context })
    expect((await payload.find({ collection: 'document-relations', where: { id: { equals: created.id } } })).totalDocs).toBe(0)
  })

  it('an editor creates one between two published documents', async () => {
    const created = await relation(otherPublished, published, 'replaces', editor)
    expect(created.kind).toBe('replaces')
  })

  it('creating one expires the relations shown on both documents’ pages (no 500: the create has no previous relation)', async () => {
    const info = vi.spyOn(payload.logger, 'info')
    const created = await payload.create({
      collection: 'document-relations',
      data: { source: draft, kind: 'amends', target: otherPublished },
      user: editor,
    })
    expect(created.id).toBeTruthy()
    expect(failedExpiries).toContainEqual(expect.stringMatching(/^could not revalidate document-relations: /))
    const expired = info.mock.calls.map(([line]) => String(line)).find((line) => line.startsWith('revalidate tags '))
    // The writer expires its collection's tag (cms/cacheTags.ts); each document page's relations query
    // reads that collection, so it carries the tag (lib/queries/legalDocuments.ts).
    expect(expired?.replace('revalidate tags ', '').split(', ')).toEqual([tags.collection('document-relations')])
    // Imported only now: lib/ loads the Payload config, which must read the throw-away DATABASE_URL.
    const { RELATION_READS } = await import('@/lib/queries/legalDocuments')
    expect(readTags(RELATION_READS)).toEqual(expect.arrayContaining(expired!.replace('revalidate tags ', '').split(', ')))
    info.mockRestore()
  })

  it('refuses the same relation twice and a document related to itself, with a clear 400', async () => {
    await relation(published, draft, 'related')
    await expect(relation(published, draft, 'related', editor)).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'target', message: DUPLICATE }] },
    })
    await expect(relation(published, published, 'related', editor)).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'target', message: SELF }] },
    })
  })
})
