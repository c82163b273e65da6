/**
 * The audit trail (cms/audit/, collections/AuditLog.ts): each staff action writes one entry with the
 * right person, object and address; no role can change or delete an entry; the CSV export.
 * Through Payload's REST handler, as the admin and the API run it, on a throw-away database.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { editorsSchedulePublishing } from '@/cms/access/schedulePublish'
import { richText } from '@/cms/seed/richText'
import { flushRevalidation } from '@/cms/revalidation'
import { bootPayload, context, procedureData, testAgency } from '../fixtures/payload'
import { restClient } from '../fixtures/rest'

let payload: Payload
let cleanup: () => Promise<void>
let rest: Awaited<ReturnType<typeof restClient>>
let agency: string
const users: Record<'admin' | 'editor' | 'contributor' | 'officer', { id: string; email: string; password: string; token: string }> =
  {} as never
let serial = 0

type Entry = {
  action: string
  user: string | null
  account: string | null
  target: string | null
  documentId: string | null
  title: string | null
  detail: string | null
  address: string | null
}

/** The entries written since `since` (an ISO time), oldest first. */
async function entriesSince(since: string): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'audit-log' as 'users',
    where: { createdAt: { greater_than: since } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  return docs as unknown as Entry[]
}

/** Runs `action`, then returns the entries it wrote. */
async function written(action: () => Promise<unknown>): Promise<Entry[]> {
  const since = new Date(Date.now() - 1).toISOString()
  await new Promise((resolve) => setTimeout(resolve, 5))
  await action()
  return entriesSince(since)
}

const pick = (entry: Entry) => ({
  action: entry.action,
  user: entry.user,
  target: entry.target,
  documentId: entry.documentId,
  title: entry.title,
})

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  // Each REST write asks a Next server (none in a test) to expire its pages: expected, not printed.
  vi.spyOn(payload.logger, 'warn').mockImplementation(() => undefined as never)
  rest = await restClient()
  for (const [index, [key, role]] of (
    [
      ['admin', 'admin'],
      ['editor', 'editor'],
      ['contributor', 'contributor'],
      ['officer', 'feedback-officer'],
    ] as const
  ).entries()) {
    const email = `${key}@so-noi-vu.vn`
    const password = `mat-khau-nhat-ky-${index}`
    const user = await payload.create({ collection: 'users', data: { email, password, roles: [role] }, context })
    const token = (await payload.login({ collection: 'users', data: { email, password } })).token!
    users[key] = { id: String(user.id), email, password, token }
  }
  agency = await testAgency(payload)
})

afterAll(async () => {
  // The second ask of each expiry (a second after the save) while the spy still keeps its warning.
  await flushRevalidation()
  await cleanup()
})

describe('the audit trail records each staff action once, with the person, the object and the address', () => {
  it('sign-in, a failed sign-in (never the password), sign-out', async () => {
    const { editor } = users
    const signIn = await written(() => rest(null, 'POST', '/users/login', { email: editor.email, password: editor.password }))
    expect(signIn.map(pick)).toEqual([{ action: 'sign-in', user: editor.id, target: 'users', documentId: editor.id, title: editor.email }])
    expect(signIn[0].address).toBe('203.0.113.7')

    const failed = await written(() =>
      rest(null, 'POST', '/users/login', { email: ` ${editor.email.toUpperCase()} `, password: 'sai-mat-khau-bi-mat' }, '198.51.100.4'),
    )
    expect(failed.map((entry) => [entry.action, entry.user, entry.account, entry.address])).toEqual([
      ['sign-in-failed', null, editor.email, '198.51.100.4'],
    ])
    expect(JSON.stringify(failed)).not.toContain('sai-mat-khau-bi-mat')

    const signOut = await written(() => rest(editor.token, 'POST', '/users/logout'))
    expect(signOut.map(pick)).toEqual([
      { action: 'sign-out', user: editor.id, target: 'users', documentId: editor.id, title: editor.email },
    ])
    // That session is over: a new one for the tests below.
    editor.token = (await payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token!
  })

  it('create, draft saves (none), publish, unpublish, restore of a version, delete', async () => {
    const { editor } = users
    const code = `9.${String(++serial).padStart(6, '0')}`
    let id = ''
    const created = await written(async () => {
      const answer = await rest(editor.token, 'POST', '/procedures?draft=true', {
        ...procedureData(agency, { code, name: 'Cấp phép thử' }),
        _status: 'draft',
      })
      expect(answer.status).toBe(201)
      id = String((answer.body.doc as { id: string }).id)
    })
    expect(created.map(pick)).toEqual([{ action: 'create', user: editor.id, target: 'procedures', documentId: id, title: 'Cấp phép thử' }])

    const drafts = await written(async () => {
      expect(
        (await rest(editor.token, 'PATCH', `/procedures/${id}?draft=true&autosave=true`, { name: 'Cấp phép thử (đang sửa)' })).status,
      ).toBe(200)
      expect(
        (await rest(editor.token, 'PATCH', `/procedures/${id}?draft=true`, { name: 'Cấp phép thử (bản nháp)', _status: 'draft' })).status,
      ).toBe(200)
    })
    expect(drafts).toEqual([])

    const published = await written(() => rest(editor.token, 'PATCH', `/procedures/${id}`, { name: 'Cấp phép', _status: 'published' }))
    expect(published.map(pick)).toEqual([{ action: 'publish', user: editor.id, target: 'procedures', documentId: id, title: 'Cấp phép' }])

    const unpublished = await written(() => rest(editor.token, 'PATCH', `/procedures/${id}`, { _status: 'draft' }))
    expect(unpublished.map((entry) => entry.action)).toEqual(['unpublish'])

    const { docs: versions } = await payload.findVersions({
      collection: 'procedures',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    const restored = await written(async () =>
      expect((await rest(editor.token, 'POST', `/procedures/versions/${versions[0].id}`)).status).toBe(200),
    )
    expect(restored.map((entry) => [entry.action, entry.user, entry.documentId])).toEqual([['restore', editor.id, id]])
    expect(restored[0].detail).toBe(`version ${versions[0].id}`)

    const deleted = await written(() => rest(users.admin.token, 'DELETE', `/procedures/${id}`))
    expect(deleted.map((entry) => [entry.action, entry.user, entry.target, entry.documentId])).toEqual([
      ['delete', users.admin.id, 'procedures', id],
    ])
  })

  it('a scheduled publication, by the person who scheduled it', async () => {
    const { editor } = users
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Tin hẹn giờ', kind: 'news', body: richText(['Nội dung.']), _status: 'draft' } as never,
      context,
    })
    const user = { ...(await payload.findByID({ collection: 'users', id: editor.id })), collection: 'users' }
    const req = await createLocalReq({ user: user as never, req: { headers: new Headers({ 'x-forwarded-for': '203.0.113.9' }) } }, payload)
    const date = new Date(Date.now() + 3_600_000)
    const entries = await written(async () => {
      const result = await editorsSchedulePublishing({ req, type: 'publish', date, doc: { relationTo: 'news', value: doc.id } } as never)
      expect((result as { error?: string } | undefined)?.error).toBeUndefined()
    })
    expect(entries.map((entry) => [entry.action, entry.user, entry.target, entry.documentId, entry.detail])).toEqual([
      ['schedule', editor.id, 'news', String(doc.id), `publish at ${date.toISOString()}`],
    ])
  })

  it('account changes: roles (before → after), another change, unlock', async () => {
    const { admin, contributor } = users
    const roles = await written(() => rest(admin.token, 'PATCH', `/users/${contributor.id}`, { roles: ['editor', 'contributor'] }))
    expect(roles.map((entry) => [entry.action, entry.user, entry.documentId, entry.detail])).toEqual([
      ['roles', admin.id, contributor.id, 'contributor → contributor, editor'],
    ])
    const renamed = await written(() => rest(contributor.token, 'PATCH', `/users/${contributor.id}`, { name: 'Trần Thị B' }))
    expect(renamed.map((entry) => [entry.action, entry.user, entry.documentId])).toEqual([['account', contributor.id, contributor.id]])
    const unlocked = await written(async () =>
      expect((await rest(admin.token, 'POST', '/users/unlock', { email: contributor.email })).status).toBe(200),
    )
    expect(unlocked.map((entry) => [entry.action, entry.user, entry.title])).toEqual([['unlock', admin.id, contributor.email]])
  })

  it('site settings, a redirect, feedback assignment and answer', async () => {
    const { admin, officer } = users
    const settings = await written(() => rest(admin.token, 'POST', '/globals/site-settings', { organisation: { name: 'Sở Nội vụ' } }))
    expect(settings.map((entry) => [entry.action, entry.user, entry.target])).toEqual([['settings', admin.id, 'site-settings']])

    const redirect = await written(() =>
      rest(admin.token, 'POST', '/redirects', { from: '/trang-cu.aspx', to: { type: 'custom', url: '/thu-tuc-hanh-chinh' } }),
    )
    expect(redirect.map((entry) => [entry.action, entry.user, entry.target])).toEqual([['create', admin.id, 'redirects']])

    // A citizen's submission (no one signed in) is not a staff action.
    const item = await written(() =>
      payload.create({
        collection: 'feedback',
        data: { name: 'Nguyễn Văn A', subject: 'Hỏi về hộ tịch', message: 'Nội dung', status: 'received' } as never,
        context,
      }),
    )
    expect(item).toEqual([])
    const feedback = (await payload.find({ collection: 'feedback', limit: 1, sort: '-createdAt', depth: 0 })).docs[0]
    const assigned = await written(() => rest(admin.token, 'PATCH', `/feedback/${feedback.id}`, { assignee: officer.id }))
    expect(assigned.map((entry) => [entry.action, entry.user, entry.target, entry.title])).toEqual([
      ['assign', admin.id, 'feedback', feedback.trackingCode],
    ])
    // Named by its tracking code: the citizen's name and words stay out of the trail.
    expect(JSON.stringify(assigned)).not.toMatch(/Nguyễn Văn A|Hỏi về hộ tịch/)
    const answered = await written(() =>
      rest(officer.token, 'PATCH', `/feedback/${feedback.id}`, { answer: richText(['Xin trả lời như sau.']), status: 'answered' }),
    )
    expect(answered.map((entry) => [entry.action, entry.user])).toEqual([['answer', officer.id]])
  })
  it('a bulk import applied, once (not also as a change of the import)', async () => {
    const { editor } = users
    const upload = await payload.create({
      collection: 'imports',
      data: { kind: 'redirects' },
      file: { data: Buffer.from('Đường dẫn cũ,Đường dẫn mới\n/cu/b,/tin-tuc\n'), mimetype: 'text/csv', name: 'chuyen-huong.csv', size: 40 },
      context,
    })
    await payload.update({ collection: 'imports', id: upload.id, data: { status: 'checked' } as never, context })
    const applied = await written(async () => expect((await rest(editor.token, 'POST', `/imports/${upload.id}/apply`)).status).toBe(202))
    expect(applied.map((entry) => [entry.action, entry.user, entry.target, entry.documentId, entry.title, entry.detail])).toEqual([
      ['import', editor.id, 'imports', String(upload.id), 'chuyen-huong.csv', 'redirects'],
    ])
  })
})

describe('the audit trail cannot be changed or deleted, and only administrators read it', () => {
  it('refuses every role over REST and the Local API; GraphQL is off', async () => {
    const [entry] = await entriesSince('2000-01-01')
    const id = (entry as unknown as { id: string }).id
    for (const [key, user] of Object.entries(users)) {
      expect((await rest(user.token, 'PATCH', `/audit-log/${id}`, { action: 'create', account: 'x' })).status, key).toBe(403)
      expect((await rest(user.token, 'DELETE', `/audit-log/${id}`)).status, key).toBe(403)
      expect((await rest(user.token, 'DELETE', `/audit-log?where[id][exists]=true`)).status, key).toBe(403)
      expect((await rest(user.token, 'POST', '/audit-log', { action: 'sign-in' })).status, key).toBe(403)
      expect((await rest(user.token, 'GET', `/audit-log/${id}`)).status, key).toBe(key === 'admin' ? 200 : 403)
      const asUser = { ...(await payload.findByID({ collection: 'users', id: user.id })), collection: 'users' as const }
      await expect(
        payload.update({ collection: 'audit-log' as 'users', id, data: { account: 'x' } as never, user: asUser, overrideAccess: false }),
        key,
      ).rejects.toThrow()
      await expect(payload.delete({ collection: 'audit-log' as 'users', id, user: asUser, overrideAccess: false }), key).rejects.toThrow()
    }
    expect((await rest(null, 'GET', '/audit-log')).status).toBe(403)
    expect((await rest(users.admin.token, 'POST', '/graphql', { query: '{ AuditLogs { docs { id } } }' })).status).toBe(404)
    expect((await payload.findByID({ collection: 'audit-log' as 'users', id, depth: 0 })) as unknown as Entry).toMatchObject({
      action: entry.action,
      account: entry.account,
    })
  })

  it('exports as CSV for administrators, filtered by date and action, recording the export', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const csv = await rest(users.admin.token, 'GET', `/audit-log/export.csv?from=${today}&to=${today}&action=sign-in`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe('thoi_gian,hanh_dong,tai_khoan,ma_nguoi_dung,doi_tuong,ma_ban_ghi,tieu_de,chi_tiet,dia_chi')
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(1).every((line) => line.split(',')[1] === 'sign-in')).toBe(true)
    expect(csv.text).toContain(users.editor.email)
    const [exported] = (await entriesSince(new Date(Date.now() - 60_000).toISOString())).filter((entry) => entry.action === 'export')
    expect(exported).toMatchObject({ user: users.admin.id, target: 'audit-log' })

    expect((await rest(users.editor.token, 'GET', '/audit-log/export.csv')).status).toBe(403)
    expect((await rest(null, 'GET', '/audit-log/export.csv')).status).toBe(401)
    expect((await rest(users.admin.token, 'GET', '/audit-log/export.csv?from=yesterday')).status).toBe(400)
  })
})
