/**
 * Who may do what, over REST (Payload's own request handler, as `/api/*` runs it) on a throw-away
 * database: every role (the public, contributor, editor, feedback officer, admin) × every collection
 * and the site settings × each operation (read, create, update, delete, bulk update, bulk delete,
 * version restore, unlock). Each cell states the exact status and checks what the public sees after.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'
import { restClient } from '../fixtures/rest'

type Role = 'public' | 'contributor' | 'editor' | 'feedback-officer' | 'admin'
const ROLES: Role[] = ['public', 'contributor', 'editor', 'feedback-officer', 'admin']

let payload: Payload
let cleanup: () => Promise<void>
let restAs: Awaited<ReturnType<typeof restClient>>
const tokens: Partial<Record<Role, string>> = {}
const userIds: Partial<Record<Role, string>> = {}
let agency: string
let serial = 0
const next = () => ++serial

type Answer = { status: number; body: Record<string, unknown> }

/** One request through Payload's REST handler, signed in as `role` (JWT header) or anonymous. */
async function rest(role: Role, method: string, path: string, body?: unknown): Promise<Answer> {
  const { status, body: parsed } = await restAs(role === 'public' ? null : tokens[role]!, method, path, body)
  return { status, body: parsed }
}

/** What an anonymous reader gets for one document. */
const publicView = (collection: string, id: string) => rest('public', 'GET', `/${collection}/${id}?depth=0`)

const exists = async (collection: CollectionSlug, id: string) =>
  (await payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).totalDocs === 1

/** Each REST write asks the Next server to expire its pages; a test has none, so each ask fails: kept, not printed. */
const failedExpiries: string[] = []

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const logWarn = payload.logger.warn.bind(payload.logger)
  vi.spyOn(payload.logger, 'warn').mockImplementation(((line: unknown, ...rest: never[]) => {
    if (typeof line === 'string' && line.startsWith('could not revalidate ')) failedExpiries.push(line)
    else logWarn(line as never, ...rest)
  }) as never)
  restAs = await restClient()
  // The administrator first: the first account of an empty site is always made an administrator.
  for (const [index, role] of (['admin', 'editor', 'contributor', 'feedback-officer'] as const).entries()) {
    const email = `${role}@so-noi-vu.vn`
    const password = `mat-khau-thu-nghiem-${index}`
    const user = await payload.create({ collection: 'users', data: { email, password, roles: [role as never] }, context })
    userIds[role] = String(user.id)
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password } })).token
  }
  agency = await testAgency(payload)
})

afterAll(async () => {
  await cleanup()
  expect(failedExpiries.length).toBeGreaterThan(0)
  for (const line of failedExpiries) expect(line).toMatch(/^could not revalidate [\w:, -]+: (fetch failed|status \d+)$/)
})

/** Minimal valid data of each editorial collection, unique per call. */
const editorialData: Record<string, () => Record<string, unknown>> = {
  procedures: () => procedureData(agency, { code: `9.${String(next()).padStart(6, '0')}`, name: `Thủ tục ${serial}` }),
  guides: () => ({ title: `Hướng dẫn ${next()}` }),
  'legal-documents': () => ({
    documentType: 'chi-thi',
    number: `${next()}/CT-UBND`,
    numberConfirmed: true,
    issuer: agency,
    issuedAt: '2024-01-15',
    title: `Chỉ thị ${serial}`,
  }),
  news: () => ({ title: `Tin ${next()}`, kind: 'news' }),
  events: () => ({ title: `Sự kiện ${next()}`, startsAt: '2027-04-15T01:00:00.000Z', kind: 'conference' }),
  pages: () => ({ title: `Trang ${next()}` }),
}
const TITLE: Record<string, string> = { procedures: 'name' }
const titleOf = (collection: string) => TITLE[collection] ?? 'title'

/** A published document with a later draft version (for restores), made by the server. */
async function publishedWithDraft(collection: CollectionSlug) {
  const data = editorialData[collection]()
  const doc = await payload.create({ collection, data: { ...data, _status: 'published' } as never, context })
  const id = String(doc.id)
  const field = titleOf(collection)
  await payload.update({ collection, id, data: { [field]: `${String(data[field])} (bản nháp)` } as never, draft: true, context })
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }] },
    sort: '-updatedAt',
    limit: 1,
  })
  return { id, title: String(data[field]), draftVersion: String(docs[0].id) }
}

/** The exact status a refusal gets: 403 for a signed-in role or the public alike (Payload's Forbidden). */
const REFUSED = 403
const ok = (role: Role, allowed: Role[]) => allowed.includes(role)

describe.each(Object.keys(editorialData))('%s (editorial)', (collection) => {
  const slug = collection as CollectionSlug
  const writers: Role[] = ['contributor', 'editor', 'admin']
  const publishers: Role[] = ['editor', 'admin']

  it.each(ROLES)('read: %s sees the published document; only content staff see a draft', async (role) => {
    const live = await publishedWithDraft(slug)
    expect((await rest(role, 'GET', `/${slug}/${live.id}`)).status).toBe(200)
    const draft = await payload.create({ collection: slug, data: { ...editorialData[slug](), _status: 'draft' } as never, context })
    expect((await rest(role, 'GET', `/${slug}/${draft.id}?draft=true`)).status).toBe(ok(role, writers) ? 200 : 404)
    expect((await rest(role, 'GET', `/${slug}/versions`)).status).toBe(ok(role, writers) ? 200 : REFUSED)
  })

  it.each(ROLES)('create: %s', async (role) => {
    const draft = await rest(role, 'POST', `/${slug}`, { ...editorialData[slug](), _status: 'draft' })
    expect(draft.status).toBe(ok(role, writers) ? 201 : REFUSED)
    const published = await rest(role, 'POST', `/${slug}`, { ...editorialData[slug](), _status: 'published' })
    expect(published.status).toBe(ok(role, publishers) ? 201 : REFUSED)
  })

  it.each(ROLES)('update of a live document without ?draft: %s', async (role) => {
    const live = await publishedWithDraft(slug)
    const field = titleOf(slug)
    const changed = await rest(role, 'PATCH', `/${slug}/${live.id}`, { [field]: 'Đã sửa trực tiếp' })
    expect(changed.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    const unpublished = await rest(role, 'PATCH', `/${slug}/${live.id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    const seen = await publicView(slug, live.id)
    if (ok(role, publishers)) expect(seen.status).toBe(404)
    else expect(seen).toMatchObject({ status: 200, body: { [field]: live.title } })
  })

  it.each(ROLES)('update as a draft (?draft=true, autosave): %s, and the public still sees the live text', async (role) => {
    const live = await publishedWithDraft(slug)
    const field = titleOf(slug)
    const saved = await rest(role, 'PATCH', `/${slug}/${live.id}?draft=true&autosave=true`, { [field]: 'Bản nháp mới' })
    expect(saved.status).toBe(ok(role, writers) ? 200 : REFUSED)
    const publishing = await rest(role, 'PATCH', `/${slug}/${live.id}?draft=true`, { [field]: 'Đăng luôn', _status: 'published' })
    expect(publishing.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    const seen = await publicView(slug, live.id)
    expect(seen).toMatchObject({ status: 200, body: { [field]: ok(role, publishers) ? 'Đăng luôn' : live.title } })
  })

  it.each(ROLES)('bulk update (?where): %s', async (role) => {
    const live = await publishedWithDraft(slug)
    const field = titleOf(slug)
    const bulk = await rest(role, 'PATCH', `/${slug}?where[id][equals]=${live.id}`, { _status: 'draft' })
    expect(bulk.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    const seen = await publicView(slug, live.id)
    if (ok(role, publishers)) expect(seen.status).toBe(404)
    else expect(seen).toMatchObject({ status: 200, body: { [field]: live.title } })
  })

  it.each(ROLES)('version restore: %s', async (role) => {
    const live = await publishedWithDraft(slug)
    const field = titleOf(slug)
    const restored = await rest(role, 'POST', `/${slug}/versions/${live.draftVersion}`)
    expect(restored.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    // Restoring a draft version without ?draft takes the document offline: editors only.
    const seen = await publicView(slug, live.id)
    if (ok(role, publishers)) expect(seen.status).toBe(404)
    else expect(seen).toMatchObject({ status: 200, body: { [field]: live.title } })
    const asDraft = await rest(role, 'POST', `/${slug}/versions/${live.draftVersion}?draft=true`)
    expect(asDraft.status).toBe(ok(role, writers) ? 200 : REFUSED)
  })

  it.each(ROLES)('restore of a published version as a draft, and duplicate: %s', async (role) => {
    const live = await publishedWithDraft(slug)
    const field = titleOf(slug)
    const { docs } = await payload.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: live.id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    const restored = await rest(role, 'POST', `/${slug}/versions/${docs[0].id}?draft=true`)
    expect(restored.status).toBe(ok(role, writers) ? 200 : REFUSED)
    expect(await publicView(slug, live.id)).toMatchObject({ status: 200, body: { [field]: live.title } })
    const copy = await rest(role, 'POST', `/${slug}/${live.id}/duplicate?draft=true`)
    if (!ok(role, writers)) return expect(copy.status).toBe(REFUSED)
    // A legal document's copy has the same number, issuer and date: refused as a duplicate identity.
    if (slug === 'legal-documents')
      return expect(copy).toMatchObject({ status: 400, body: { errors: [{ data: { errors: [{ path: 'number' }] } }] } })
    expect(copy.status).toBe(200)
    // The copy was never published: it has no first publication and its author may delete it.
    const copyId = String((copy.body.doc as { id: string }).id)
    expect(await payload.findByID({ collection: slug, id: copyId, draft: true, depth: 0 })).toMatchObject({
      _status: 'draft',
      firstPublishedAt: null,
    })
    expect((await rest(role, 'DELETE', `/${slug}/${copyId}`)).status).toBe(200)
  })

  it.each(ROLES)('delete and bulk delete: %s never deletes what was ever published unless an editor', async (role) => {
    const live = await publishedWithDraft(slug)
    const once = await publishedWithDraft(slug)
    await payload.update({ collection: slug, id: once.id, data: { _status: 'draft' } as never, context })
    const never = await payload.create({ collection: slug, data: { ...editorialData[slug](), _status: 'draft' } as never, context })

    const liveDelete = await rest(role, 'DELETE', `/${slug}/${live.id}`)
    expect(liveDelete.status).toBe(ok(role, publishers) ? 200 : REFUSED)
    expect(await exists(slug, live.id)).toBe(!ok(role, publishers))
    if (!ok(role, publishers)) expect((await publicView(slug, live.id)).status).toBe(200)

    // A bulk delete applies to the documents one may delete: for a contributor, none of these (200, no docs).
    const bulk = await rest(role, 'DELETE', `/${slug}?where[id][equals]=${once.id}`)
    expect(bulk.status).toBe(ok(role, writers) ? 200 : REFUSED)
    if (ok(role, writers)) expect((bulk.body.docs as unknown[]).length).toBe(ok(role, publishers) ? 1 : 0)
    expect(await exists(slug, once.id)).toBe(!ok(role, publishers))

    const draftDelete = await rest(role, 'DELETE', `/${slug}/${never.id}`)
    expect(draftDelete.status).toBe(ok(role, writers) ? 200 : REFUSED)
    expect(await exists(slug, String(never.id))).toBe(!ok(role, writers))
  })
})

/** Reference data without drafts: everyone reads, editors write, every write is live. */
const referenceData: Record<string, () => Record<string, unknown>> = {
  agencies: () => ({ name: `Cơ quan ${next()}`, kind: 'department' }),
  'news-categories': () => ({ name: `Chuyên mục ${next()}` }),
  'index-results': () => ({ index: 'PCI', year: 2000 + (next() % 100), score: 65.5, source: 'VCCI' }),
  'contact-points': () => ({ name: `Đầu mối ${next()}`, kind: 'hotline', phones: [{ number: '0236 3822 000' }] }),
}

describe.each(Object.keys(referenceData))('%s (reference data)', (collection) => {
  const slug = collection as CollectionSlug
  const editors: Role[] = ['editor', 'admin']

  it.each(ROLES)('read, create, update, bulk update, delete, bulk delete: %s', async (role) => {
    const doc = await payload.create({ collection: slug, data: referenceData[slug]() as never, context })
    const id = String(doc.id)
    expect((await rest(role, 'GET', `/${slug}/${id}`)).status).toBe(200)
    expect((await rest(role, 'POST', `/${slug}`, referenceData[slug]())).status).toBe(ok(role, editors) ? 201 : REFUSED)
    expect((await rest(role, 'PATCH', `/${slug}/${id}`, { source: 'Sửa' })).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'PATCH', `/${slug}?where[id][equals]=${id}`, { source: 'Sửa' })).status).toBe(
      ok(role, editors) ? 200 : REFUSED,
    )
    const other = String((await payload.create({ collection: slug, data: referenceData[slug]() as never, context })).id)
    expect((await rest(role, 'DELETE', `/${slug}/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/${slug}?where[id][equals]=${other}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect(await exists(slug, id)).toBe(!ok(role, editors))
    expect(await exists(slug, other)).toBe(!ok(role, editors))
  })
})

describe('feedback (personal data): officers and administrators only', () => {
  const staff: Role[] = ['feedback-officer', 'admin']
  const feedback = async () =>
    String(
      (
        await payload.create({
          collection: 'feedback',
          data: { name: 'Nguyễn Văn A', subject: 'Hỏi', message: 'Nội dung', status: 'received' } as never,
          context,
        })
      ).id,
    )

  it.each(ROLES)('%s', async (role) => {
    const id = await feedback()
    expect((await rest(role, 'GET', `/feedback/${id}`)).status).toBe(ok(role, staff) ? 200 : REFUSED)
    expect((await rest(role, 'GET', '/feedback')).status).toBe(ok(role, staff) ? 200 : REFUSED)
    expect((await rest(role, 'POST', '/feedback', { name: 'B', subject: 'S', message: 'M', status: 'received' })).status).toBe(
      ok(role, staff) ? 201 : REFUSED,
    )
    expect((await rest(role, 'PATCH', `/feedback/${id}`, { status: 'processing' })).status).toBe(ok(role, staff) ? 200 : REFUSED)
    expect((await rest(role, 'PATCH', `/feedback?where[id][equals]=${id}`, { status: 'processing' })).status).toBe(
      ok(role, staff) ? 200 : REFUSED,
    )
    expect((await rest(role, 'GET', '/feedback/versions')).status).toBe(ok(role, staff) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/feedback?where[id][equals]=${id}`)).status).toBe(role === 'admin' ? 200 : REFUSED)
    expect(await exists('feedback', id)).toBe(role !== 'admin')
  })
})

describe('page ratings: read by content staff, written only by the site, deleted by administrators', () => {
  const readers: Role[] = ['contributor', 'editor', 'admin']
  it.each(ROLES)('%s', async (role) => {
    const id = String(
      (await payload.create({ collection: 'page-feedback', data: { path: '/thu-tuc-hanh-chinh', useful: 'yes' }, context })).id,
    )
    expect((await rest(role, 'GET', `/page-feedback/${id}`)).status).toBe(ok(role, readers) ? 200 : REFUSED)
    expect((await rest(role, 'POST', '/page-feedback', { path: '/x', useful: 'no' })).status).toBe(REFUSED)
    expect((await rest(role, 'PATCH', `/page-feedback/${id}`, { useful: 'no' })).status).toBe(REFUSED)
    expect((await rest(role, 'PATCH', `/page-feedback?where[id][equals]=${id}`, { useful: 'no' })).status).toBe(REFUSED)
    expect((await rest(role, 'DELETE', `/page-feedback/${id}`)).status).toBe(role === 'admin' ? 200 : REFUSED)
  })
})

describe('users: nobody signs up; staff see themselves; administrators manage accounts and unlock', () => {
  it.each(ROLES)('%s', async (role) => {
    const other = await payload.create({
      collection: 'users',
      data: { email: `nguoi-khac-${next()}@so-noi-vu.vn`, password: 'mot-mat-khau-dai-hon', roles: ['contributor'] },
      context,
    })
    const readAll = await rest(role, 'GET', '/users')
    expect(readAll.status).toBe(role === 'public' ? REFUSED : 200)
    if (role !== 'public')
      expect(readAll.body.totalDocs).toBe(role === 'admin' ? await payload.count({ collection: 'users' }).then((c) => c.totalDocs) : 1)
    expect((await rest(role, 'GET', `/users/${other.id}`)).status).toBe(role === 'admin' ? 200 : role === 'public' ? REFUSED : 404)
    expect(
      (await rest(role, 'POST', '/users', { email: `moi-${next()}@so-noi-vu.vn`, password: 'mot-mat-khau-dai-hon', roles: ['admin'] }))
        .status,
    ).toBe(role === 'admin' ? 201 : REFUSED)
    expect((await rest(role, 'PATCH', `/users/${other.id}`, { name: 'Đổi tên' })).status).toBe(role === 'admin' ? 200 : REFUSED)
    // Staff's bulk update reaches only their own account: 200 with no document changed.
    const bulk = await rest(role, 'PATCH', `/users?where[id][equals]=${other.id}`, { name: 'Đổi tên' })
    expect(bulk.status).toBe(role === 'public' ? REFUSED : 200)
    if (role !== 'public') expect((bulk.body.docs as unknown[]).length).toBe(role === 'admin' ? 1 : 0)
    expect((await payload.findByID({ collection: 'users', id: other.id })).name).toBe(role === 'admin' ? 'Đổi tên' : null)
    expect((await rest(role, 'POST', '/users/unlock', { email: other.email })).status).toBe(role === 'admin' ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/users/${other.id}`)).status).toBe(role === 'admin' ? 200 : REFUSED)
  })

  it.each(ROLES)('%s cannot give themselves a role', async (role) => {
    if (role === 'public' || role === 'admin') return
    const answer = await rest(role, 'PATCH', `/users/${userIds[role]}`, { roles: ['admin'] })
    expect(answer.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: userIds[role]! })).roles).toEqual([role])
  })
})

describe('document locks: staff see them, editors take them over, each releases their own', () => {
  it.each(ROLES)('%s', async (role) => {
    const news = await payload.create({
      collection: 'news',
      data: { title: `Tin khoá ${next()}`, kind: 'news', _status: 'draft' },
      context,
    })
    const editorLock = await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'news', value: news.id }, user: { relationTo: 'users', value: userIds.editor! } },
      context,
    })
    expect((await rest(role, 'GET', '/payload-locked-documents')).status).toBe(role === 'public' ? REFUSED : 200)
    const editors = ok(role, ['editor', 'admin'])
    expect(
      (
        await rest(role, 'POST', '/payload-locked-documents', {
          document: { relationTo: 'news', value: news.id },
          user: { relationTo: 'users', value: userIds.admin },
        })
      ).status,
    ).toBe(editors ? 201 : REFUSED)
    expect(
      (
        await rest(role, 'PATCH', `/payload-locked-documents/${editorLock.id}`, {
          user: { relationTo: 'users', value: userIds[role] ?? userIds.admin },
        })
      ).status,
    ).toBe(editors ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/payload-locked-documents/${editorLock.id}`)).status).toBe(editors ? 200 : REFUSED)
    if (role !== 'public') {
      const own = await payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'news', value: news.id }, user: { relationTo: 'users', value: userIds[role]! } },
        context,
      })
      expect((await rest(role, 'DELETE', `/payload-locked-documents/${own.id}`)).status).toBe(200)
    }
  })
})

describe('jobs: only editors run the queue; nobody edits jobs through the API', () => {
  it.each(ROLES)('%s', async (role) => {
    expect((await rest(role, 'GET', '/payload-jobs/run')).status).toBe(ok(role, ['editor', 'admin']) ? 200 : 401)
    expect((await rest(role, 'GET', '/payload-jobs')).status).toBe(REFUSED)
    expect((await rest(role, 'POST', '/payload-jobs', { taskSlug: 'schedulePublish', input: {} })).status).toBe(REFUSED)
  })
})

describe('search index: derived data, read by editors, written only by the server', () => {
  it.each(ROLES)('%s', async (role) => {
    const editors = ok(role, ['editor', 'admin'])
    expect((await rest(role, 'GET', '/search-index')).status).toBe(editors ? 200 : REFUSED)
    expect((await rest(role, 'POST', '/search-index', { title: 'Giả mạo' })).status).toBe(REFUSED)
  })

  it('an admin cannot give an entry a type the site does not index (it would never load: a reload every 2 s)', async () => {
    const [entry] = (await payload.find({ collection: 'search-index', limit: 1, depth: 0 })).docs
    expect(entry, 'no search index entry to change').toBeDefined()
    expect((await rest('admin', 'PATCH', `/search-index/${entry.id}`, { type: 'khong-co' })).status).toBe(400)
    expect((await payload.findByID({ collection: 'search-index', id: entry.id, depth: 0 })).type).toBe(entry.type)
  })
})

describe('site settings: public read, editors change', () => {
  it.each(ROLES)('%s', async (role) => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { organisation: { name: 'Sở Nội vụ', email: 'vanphong@so-noi-vu.vn' } },
      context,
    })
    expect((await rest(role, 'GET', '/globals/site-settings')).status).toBe(200)
    const email = `lien-he-${next()}@so-noi-vu.vn`
    const changed = await rest(role, 'POST', '/globals/site-settings', { organisation: { name: 'Sở Nội vụ', email } })
    expect(changed.status).toBe(ok(role, ['editor', 'admin']) ? 200 : REFUSED)
    const seen = await rest('public', 'GET', '/globals/site-settings')
    expect((seen.body.organisation as { email?: string }).email).toBe(ok(role, ['editor', 'admin']) ? email : 'vanphong@so-noi-vu.vn')
  })
})

/** One multipart upload through the REST handler, as the admin sends it (`file` and `_payload`). */
async function upload(role: Role, method: 'POST' | 'PATCH', path: string, alt: string): Promise<Answer> {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'anh-hoi-nghi.png')
  form.append('_payload', JSON.stringify({ alt }))
  const { status, body } = await restAs(role === 'public' ? null : tokens[role]!, method, path, form)
  return { status, body }
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('media: content staff upload; only editors change or delete a file', () => {
  const uploaders: Role[] = ['contributor', 'editor', 'admin']
  const editors: Role[] = ['editor', 'admin']
  it.each(ROLES)('%s', async (role) => {
    const existing = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh đang dùng' },
      file: { data: PNG, mimetype: 'image/png', name: 'dang-dung.png', size: PNG.length },
      context,
    })
    const id = String(existing.id)
    expect((await rest(role, 'GET', `/media/${id}`)).status).toBe(200)
    expect((await upload(role, 'POST', '/media', 'Ảnh mới')).status).toBe(ok(role, uploaders) ? 201 : REFUSED)
    expect((await rest(role, 'PATCH', `/media/${id}`, { alt: 'Đổi mô tả' })).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await upload(role, 'PATCH', `/media/${id}`, 'Thay tệp')).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'PATCH', `/media?where[id][equals]=${id}`, { alt: 'Đổi hàng loạt' })).status).toBe(
      ok(role, editors) ? 200 : REFUSED,
    )
    const seen = await rest('public', 'GET', `/media/${id}`)
    expect(seen.body.alt).toBe(ok(role, editors) ? 'Đổi hàng loạt' : 'Ảnh đang dùng')
    const other = String(
      (
        await payload.create({
          collection: 'media',
          data: { alt: 'Ảnh khác' },
          file: { data: PNG, mimetype: 'image/png', name: 'khac.png', size: PNG.length },
          context,
        })
      ).id,
    )
    expect((await rest(role, 'DELETE', `/media?where[id][equals]=${other}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/media/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect(await exists('media', id)).toBe(!ok(role, editors))
    expect(await exists('media', other)).toBe(!ok(role, editors))
  })
})

describe('relations between legal documents: editors relate published documents; contributors only drafts', () => {
  const legal = async (status: 'draft' | 'published') =>
    String(
      (
        await payload.create({
          collection: 'legal-documents',
          data: { ...editorialData['legal-documents'](), _status: status } as never,
          context,
        })
      ).id,
    )
  const writers: Role[] = ['contributor', 'editor', 'admin']
  const editors: Role[] = ['editor', 'admin']

  it.each(ROLES)('%s', async (role) => {
    const [a, b, draft] = [await legal('published'), await legal('published'), await legal('draft')]
    expect((await rest(role, 'POST', '/document-relations', { source: a, kind: 'amends', target: b })).status).toBe(
      ok(role, editors) ? 201 : REFUSED,
    )
    expect((await rest(role, 'POST', '/document-relations', { source: draft, kind: 'replaces', target: a })).status).toBe(
      ok(role, writers) ? 201 : REFUSED,
    )
    const live = String(
      (await payload.create({ collection: 'document-relations', data: { source: b, kind: 'guides', target: a }, context })).id,
    )
    expect((await rest(role, 'GET', `/document-relations/${live}`)).status).toBe(200)
    expect((await rest(role, 'PATCH', `/document-relations/${live}`, { note: 'Điều 2' })).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/document-relations/${live}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect(await exists('document-relations', live)).toBe(!ok(role, editors))
  })
})

describe('internal collections: preferences are each user’s own; migrations are not an API', () => {
  it.each(ROLES)('%s', async (role) => {
    expect((await rest(role, 'GET', '/payload-migrations')).status).toBe(404)
    expect((await rest(role, 'DELETE', '/payload-preferences/khong-co')).status).toBe(role === 'public' ? 401 : 404)
  })
})

describe('redirects: editors and administrators manage them; the public only follows them', () => {
  const editors: Role[] = ['editor', 'admin']
  it.each(ROLES)('%s', async (role) => {
    const from = `/cu/trang-${next()}`
    const created = await rest(role, 'POST', '/redirects', { from, to: { type: 'custom', url: '/tin-tuc' }, type: '301' })
    expect(created.status).toBe(ok(role, editors) ? 201 : REFUSED)
    const id = String(
      (
        await payload.create({
          collection: 'redirects',
          data: { from: `/cu/san-${next()}`, to: { type: 'custom', url: '/van-ban' }, type: '301' },
          context,
        })
      ).id,
    )
    expect((await rest(role, 'GET', `/redirects/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'PATCH', `/redirects/${id}`, { type: '302' })).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/redirects/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
  })
})

describe('bulk imports: files and reports are the editors’; only the server writes a report or a status', () => {
  const editors: Role[] = ['editor', 'admin']
  it.each(ROLES)('%s', async (role) => {
    const id = String(
      (
        await payload.create({
          collection: 'imports',
          data: { kind: 'redirects' },
          file: {
            data: Buffer.from('Đường dẫn cũ,Đường dẫn mới\n/cu/a,/tin-tuc\n'),
            mimetype: 'text/csv',
            name: `chuyen-huong-${next()}.csv`,
            size: 40,
          },
          context,
        })
      ).id,
    )
    expect((await rest(role, 'GET', `/imports/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'GET', '/imports')).status).toBe(ok(role, editors) ? 200 : REFUSED)
    const patched = await rest(role, 'PATCH', `/imports/${id}`, { status: 'checked', report: { forged: true }, kind: 'procedures' })
    expect(patched.status).toBe(ok(role, editors) ? 200 : REFUSED)
    const saved = await payload.findByID({ collection: 'imports', id, depth: 0 })
    expect([saved.status, saved.report, saved.kind]).toEqual(['queued', null, 'redirects'])
    // Applying needs a checked file: 409 for editors, refused for everyone else.
    expect((await rest(role, 'POST', `/imports/${id}/apply`)).status).toBe(ok(role, editors) ? 409 : REFUSED)
    expect((await rest(role, 'DELETE', `/imports/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
  })
})

describe('search synonyms: written and read by editors; the search log: read by editors, written by the server only', () => {
  const editors: Role[] = ['editor', 'admin']
  it.each(ROLES)('%s', async (role) => {
    const created = await rest(role, 'POST', '/search-synonyms', { phrases: `nhóm thử ${next()}, nhóm kiểm tra ${serial}` })
    expect(created.status).toBe(ok(role, editors) ? 201 : REFUSED)
    const id = String(
      (await payload.create({ collection: 'search-synonyms', data: { phrases: `cách gọi ${next()}\ncách nói ${serial}` }, context })).id,
    )
    expect((await rest(role, 'GET', `/search-synonyms/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'PATCH', `/search-synonyms/${id}`, { note: 'sửa' })).status).toBe(ok(role, editors) ? 200 : REFUSED)
    expect((await rest(role, 'DELETE', `/search-synonyms/${id}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)

    const logged = String(
      (
        await payload.create({
          collection: 'search-queries',
          data: { query: `truy vấn ${next()}`, week: '2026-W49', locale: 'vi', count: 3, results: 0 },
          context,
        })
      ).id,
    )
    expect((await rest(role, 'GET', `/search-queries/${logged}`)).status).toBe(ok(role, editors) ? 200 : REFUSED)
    const forged = { query: 'giả', week: '2026-W49', locale: 'vi', count: 99999, results: 0 }
    expect((await rest(role, 'POST', '/search-queries', forged)).status).toBe(REFUSED)
    expect((await rest(role, 'PATCH', `/search-queries/${logged}`, { count: 99999 })).status).toBe(REFUSED)
    expect((await payload.findByID({ collection: 'search-queries', id: logged })).count).toBe(3)
    expect((await rest(role, 'DELETE', `/search-queries/${logged}`)).status).toBe(ok(role, ['admin']) ? 200 : REFUSED)
  })
})
