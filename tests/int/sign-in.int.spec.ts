/**
 * Staff sign-in and passwords, over REST (Payload's own request handler): the first administrator is
 * never made through an open endpoint, passwords follow the policy by every route, sign-ins are
 * throttled per client address (never locking an account), an unknown email costs the same work as a
 * known one, and the session cookie is Secure on an https site.
 */
import crypto from 'node:crypto'

import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { FREE_FAILURES } from '@/collections/Users/auth/loginThrottle'
import { bootPayload, context } from '../fixtures/payload'

let payload: Payload
let config: SanitizedConfig
let cleanup: () => Promise<void>
let handle: (args: { config: SanitizedConfig; path: string; request: Request }) => Promise<Response>

const ADMIN = { email: 'quantri@so-noi-vu.vn', password: 'mot-cum-tu-rat-dai-cho-quan-tri' }
let addressCounter = 0
/** A client address of its own for each test, so that throttling in one test never leaks into another. */
const newAddress = () => `203.0.113.${++addressCounter}`

async function rest(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`https://cchc.example.gov.vn/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const response = await handle({ config, path: `/api${path.split('?')[0]}`, request })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} }
}

const login = (email: string, password: string, address: string) =>
  rest('POST', '/users/login', { email, password }, { 'x-forwarded-for': address })

beforeAll(async () => {
  process.env.SITE_URL = 'https://cchc.example.gov.vn'
  ;({ payload, cleanup } = await bootPayload())
  config = (await import('@payload-config')).default as unknown as SanitizedConfig
  ;({ handleEndpoints: handle } = (await import('payload')) as unknown as { handleEndpoints: typeof handle })
})

afterAll(async () => {
  delete process.env.SITE_URL
  await cleanup()
})

describe('the first administrator', () => {
  it('is never made through POST /api/users/first-register, even on an empty site', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const answer = await rest('POST', '/users/first-register', { ...ADMIN, 'confirm-password': ADMIN.password })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(/npm run seed/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('is made by the server (what npm run seed does)', async () => {
    const admin = await payload.create({ collection: 'users', data: { ...ADMIN, roles: ['admin'] }, context })
    expect(admin.roles).toEqual(['admin'])
  })
})

describe('passwords', () => {
  const refused = (message: RegExp) => ({ status: 400, data: { errors: [{ path: 'password', message: expect.stringMatching(message) }] } })

  it.each([
    ['abc', /ít nhất 12 ký tự/],
    ['mật khẩu 11', /ít nhất 12 ký tự/],
    ['password1234', /quá dễ đoán/],
    ['Matkhau123456', /quá dễ đoán/],
    ['aaaaaaaaaaaaaaa', /quá dễ đoán/],
    ['bientap.nguyen-2024', /quá dễ đoán/],
    ['x'.repeat(257), /tối đa 256 ký tự/],
  ])('refuses %j when an account is created', async (password, message) => {
    await expect(
      payload.create({ collection: 'users', data: { email: 'bientap.nguyen@so-noi-vu.vn', password, roles: ['editor'] }, context }),
    ).rejects.toMatchObject(refused(message))
  })

  it('refuses a weak password when it is changed, and when it is reset with a token', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'can-bo@so-noi-vu.vn', password: 'mot cau that dai de nho', roles: ['editor'] },
      context,
    })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: '123456789012' }, context })).rejects.toMatchObject(
      refused(/quá dễ đoán/),
    )
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'can-bo@so-noi-vu.vn' }, disableEmail: true })
    const reset = await rest('POST', '/users/reset-password', { token, password: 'ngan' })
    expect(reset.status).toBe(400)
    expect(reset.body.errors[0].data.errors[0]).toMatchObject({ path: 'password', message: expect.stringMatching(/ít nhất 12 ký tự/) })
    expect((await rest('POST', '/users/reset-password', { token, password: 'mot cau khac cung rat dai' })).status).toBe(200)
  })

  it('refuses a password change in bulk (PATCH /api/users?where=…), which would skip the account-name rule', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'bulk@so-noi-vu.vn', password: 'mot cau that dai nua', roles: ['editor'] },
      context,
    })
    await expect(
      payload.update({ collection: 'users', where: { id: { equals: user.id } }, data: { password: 'bulk-so-noi-vu-2024' }, context }),
    ).rejects.toMatchObject(refused(/từng tài khoản, không đổi hàng loạt/))
  })

  it('accepts a long passphrase', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'cong-tac@so-noi-vu.vn', password: 'hoa sen nở trong đầm', roles: ['contributor'] },
      context,
    })
    expect(user.email).toBe('cong-tac@so-noi-vu.vn')
  })
})

describe('sign-in throttling', () => {
  it(`lets an address fail ${FREE_FAILURES} times, then makes it wait (429) even with the right password`, async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++)
      expect((await login(ADMIN.email, 'sai-mat-khau-lan-nua', address)).status).toBe(401)
    const throttled = await login(ADMIN.email, ADMIN.password, address)
    expect(throttled.status).toBe(429)
    expect(throttled.body.errors[0].message).toMatch(/Hãy thử lại sau 1 giây/)
  })

  it('never locks the account: the administrator still signs in from another address', async () => {
    const attacker = newAddress()
    for (let attempt = 0; attempt < 12; attempt++) await login(ADMIN.email, 'doan-mo-mat-khau-123', attacker)
    const answer = await login(ADMIN.email, ADMIN.password, newAddress())
    expect(answer.status).toBe(200)
    expect(answer.body.user.email).toBe(ADMIN.email)
  })

  it('forgets an address once it signs in', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < FREE_FAILURES - 1; attempt++) await login(ADMIN.email, 'go-nham-mat-khau', address)
    expect((await login(ADMIN.email, ADMIN.password, address)).status).toBe(200)
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++)
      expect((await login(ADMIN.email, 'go-nham-mat-khau', address)).status).toBe(401)
  })
})

describe('sign-in throttling cannot be reset or spread', () => {
  it('signing in to one account does not buy more guesses at another from the same address', async () => {
    const staff = { email: 'nhan-vien@so-noi-vu.vn', password: 'mat khau cua nhan vien' }
    await payload.create({ collection: 'users', data: { ...staff, roles: ['contributor'] }, context })
    const address = newAddress()
    const statuses: number[] = []
    for (let round = 0; round < 3; round++) {
      for (let guess = 0; guess < 2; guess++) statuses.push((await login(ADMIN.email, `doan-mo-${round}-${guess}-abc`, address)).status)
      statuses.push((await login(staff.email, staff.password, address)).status)
    }
    // The own sign-ins forget only their own account: the 5th guess at the administrator is the last free one.
    expect(statuses).toEqual([401, 401, 200, 401, 401, 200, 401, 429, 429])
  })

  it('counts an IPv6 client by its /64: another address of the same network does not start afresh', async () => {
    for (let host = 1; host <= 5; host++) expect((await login(ADMIN.email, 'sai-mat-khau-ipv6', `2001:db8:7:1::${host}`)).status).toBe(401)
    expect((await login(ADMIN.email, 'sai-mat-khau-ipv6', '2001:db8:7:1:ffff::6')).status).toBe(429)
    expect((await login(ADMIN.email, ADMIN.password, '2001:db8:7:2::1')).status).toBe(200)
  })
})

describe('password reset requests', () => {
  it('answer at once and alike for a staff email and an unknown one; the reset still happens', async () => {
    const known = await rest('POST', '/users/forgot-password', { email: ADMIN.email }, { 'x-forwarded-for': newAddress() })
    const unknown = await rest('POST', '/users/forgot-password', { email: 'khong-ai@so-noi-vu.vn' }, { 'x-forwarded-for': newAddress() })
    expect([known.status, known.body]).toEqual([200, unknown.body])
    expect(unknown.status).toBe(200)
    await expect
      .poll(
        async () =>
          Boolean(
            (await payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } }, showHiddenFields: true })).docs[0]
              ?.resetPasswordToken,
          ),
        { timeout: 5000 },
      )
      .toBe(true)
  })

  it('count against the address like failed sign-ins', async () => {
    const address = newAddress()
    for (let request = 0; request < FREE_FAILURES; request++) {
      expect((await rest('POST', '/users/forgot-password', { email: ADMIN.email }, { 'x-forwarded-for': address })).status).toBe(200)
    }
    expect((await rest('POST', '/users/forgot-password', { email: ADMIN.email }, { 'x-forwarded-for': address })).status).toBe(429)
  })
})

describe('an unknown email costs the same as a known one', () => {
  /** The password hashes a sign-in computes, by their cost (rounds and length). */
  async function hashesOf(email: string) {
    const spy = vi.spyOn(crypto, 'pbkdf2')
    try {
      expect((await login(email, 'khong-phai-mat-khau-nay', newAddress())).status).toBe(401)
      return spy.mock.calls.map(([, , iterations, keyLength, digest]) => `${iterations}/${keyLength}/${digest}`)
    } finally {
      spy.mockRestore()
    }
  }

  it('hashes the password once with the same cost for both, and answers the same message', async () => {
    const known = await hashesOf(ADMIN.email)
    const unknown = await hashesOf('khong-ai@so-noi-vu.vn')
    expect(known).toEqual(['600000/32/sha256'])
    expect(unknown).toEqual(known)
    const [a, b] = await Promise.all([
      login(ADMIN.email, 'sai-roi-mat-khau', newAddress()),
      login('khong-ai@so-noi-vu.vn', 'sai-roi-mat-khau', newAddress()),
    ])
    expect(a.body).toEqual(b.body)
  })
})

describe('the session cookie', () => {
  it('is Secure, HttpOnly and SameSite=Lax on an https site', async () => {
    const answer = await login(ADMIN.email, ADMIN.password, newAddress())
    expect(answer.status).toBe(200)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
  })
})
