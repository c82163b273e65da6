/**
 * The log lines of a failed sign-in, a citizen's feedback, a signed-in and a signed-out request and two 500s, captured
 * from the process's logger (scripts/log.mjs) while the production server's request handling
 * (scripts/request-handler.mjs) answers through Payload's REST handler: every line is JSON with a
 * level, a time and a message; each request has one line with its id, status, duration and (signed
 * in) the user's id; and no line holds a password, a token, a cookie, or the citizen's email, phone,
 * name, subject or message.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMAIL_QUEUE } from '@/feedback/emailTasks'
import { parseTrustedProxies } from '@/scripts/client-address.mjs'
import { createLogger } from '@/scripts/log.mjs'
import { requestHandler } from '@/scripts/request-handler.mjs'
import { bootPayload, context, onMongo } from '../fixtures/payload'

type Line = Record<string, unknown> & { level: string; time: string; msg: string; reqId?: string }

/** Every line the process logs, as written. */
const written: string[] = []
// Installed before Payload boots, as the process's logger (the key scripts/log.mjs shares it under).
const log = createLogger({ level: 'debug', destination: { write: (line: string) => void written.push(line) } })
;(globalThis as Record<symbol, unknown>)[Symbol.for('cchc.logger')] = log

const STAFF = { email: 'bientap.tran@so-noi-vu.vn', password: 'mot-mat-khau-dung-cua-bien-tap' }
const WRONG_PASSWORD = 'mat-khau-sai-khong-bao-gio-ghi'
const CITIZEN = {
  name: 'Lê Thị Hồng Nhung',
  email: 'hongnhung.le@example.vn',
  phone: '0987 654 321',
  subject: 'Giấy phép xây dựng chậm trả kết quả',
  message: 'Hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ của gia đình tôi đã quá hạn mười ngày mà chưa có kết quả.',
  consent: true,
}
/** What must never be in a log line, each with the name a failure reports. */
const secrets = (more: Record<string, string> = {}) => ({
  'the wrong password': WRONG_PASSWORD,
  'the staff password': STAFF.password,
  "the citizen's email": CITIZEN.email,
  "the citizen's phone": CITIZEN.phone,
  "the citizen's phone (digits)": CITIZEN.phone.replace(/\D/g, ''),
  "the citizen's name": CITIZEN.name,
  "the citizen's subject": CITIZEN.subject,
  "the citizen's message": CITIZEN.message.slice(0, 40),
  ...more,
})

let payload: Payload
let cleanup: () => Promise<void>
let server: http.Server
let base: string
let token = ''

/** Node's request to Payload's REST handler and back, as Next's /api route does. */
function payloadApi(
  config: SanitizedConfig,
  handleEndpoints: (args: { config: SanitizedConfig; path: string; request: Request }) => Promise<Response>,
) {
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && !['connection', 'transfer-encoding'].includes(name)) headers.set(name, value)
    const url = new URL(req.url ?? '/', 'http://localhost')
    const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
    const response = await handleEndpoints({ config, path: url.pathname, request })
    const out: Record<string, string | string[]> = {}
    response.headers.forEach((value, name) => name !== 'set-cookie' && (out[name] = value))
    if (response.headers.getSetCookie().length) out['set-cookie'] = response.headers.getSetCookie()
    res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()))
  }
}

/** Serves `handle` the way scripts/server.mjs does (trusting this machine as the proxy, as the e2e server does). */
async function serve(handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) {
  const running = http.createServer(requestHandler({ handle, trusted: parseTrustedProxies('127.0.0.1,::1'), log }))
  await new Promise<void>((resolve) => running.listen(0, '127.0.0.1', resolve))
  return { running, base: `http://127.0.0.1:${(running.address() as AddressInfo).port}` }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** The lines logged for the request the answer names, once its own line is written. */
async function linesOf(answer: Response): Promise<Line[]> {
  const id = answer.headers.get('x-request-id')
  expect(id, 'the answer carries its request id').toMatch(/^[\w.:-]{8,64}$/)
  if (!answer.bodyUsed) await answer.arrayBuffer()
  const mine = () => parsed().filter((line) => line.reqId === id)
  await expect.poll(() => mine().some((line) => 'ms' in line), { timeout: 2_000 }).toBe(true)
  return mine()
}

/** Every line written so far, each of which must be one JSON object with a level, a time and a message. */
function parsed(): Line[] {
  return written.map((text) => {
    expect(text.endsWith('\n') && !text.slice(0, -1).includes('\n'), `one line: ${text}`).toBe(true)
    const line = JSON.parse(text) as Line
    expect(line, `level, time and msg in ${text}`).toMatchObject({
      level: expect.any(String),
      time: expect.any(String),
      msg: expect.any(String),
    })
    return line
  })
}

/** The request's own line: its id, method, path, status, a duration and the client. */
function requestLine(lines: Line[], status: number, client = '127.0.0.1') {
  const line = lines.find((entry) => 'ms' in entry)!
  expect(line, 'the request line').toMatchObject({
    status,
    ms: expect.any(Number),
    method: expect.any(String),
    path: expect.any(String),
    client,
  })
  expect(line.level, 'its level: error for a 5xx, info otherwise').toBe(status >= 500 ? 'error' : 'info')
  return line
}

function expectNoSecrets(lines: (Line | string)[], more: Record<string, string> = {}) {
  const text = lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')
  for (const [what, value] of Object.entries(secrets(more)))
    expect(text.toLowerCase(), `${what} in a log line`).not.toContain(value.toLowerCase())
}

beforeAll(async () => {
  process.env.FEEDBACK_NOTIFY_TO = 'vanphong@so-noi-vu.example.vn'
  ;({ payload, cleanup } = await bootPayload())
  const config = (await import('@payload-config')).default as unknown as SanitizedConfig
  const { handleEndpoints } = (await import('payload')) as unknown as { handleEndpoints: Parameters<typeof payloadApi>[1] }
  await payload.create({ collection: 'users', data: { ...STAFF, roles: ['editor', 'feedback-officer'] }, context })
  ;({ running: server, base } = await serve(payloadApi(config, handleEndpoints)))
})

afterAll(async () => {
  delete process.env.FEEDBACK_NOTIFY_TO
  await new Promise((resolve) => server?.close(resolve))
  await cleanup?.()
})

describe('the log lines of', () => {
  it('a failed sign-in: the refusal at info without a stack, the request line at info, no password or email', async () => {
    const answer = await post(`${base}/api/users/login`, { email: STAFF.email, password: WRONG_PASSWORD })
    expect(answer.status).toBe(401)
    const lines = await linesOf(answer)
    requestLine(lines, 401)
    expect(lines.map((line) => line.msg).join('\n'), 'the refusal itself').toMatch(/mật khẩu không chính xác/)
    for (const line of lines) {
      expect(line.level, `a refusal is no error: ${line.msg}`).toBe('info')
      expect(JSON.stringify(line), 'a refusal has no stack').not.toMatch(/"stack"|\n\s+at /)
    }
    expectNoSecrets(lines, { 'the staff email': STAFF.email })
  })

  it('a sign-in and a signed-in request: the user id from the verified session, never the token or the cookie', async () => {
    const signIn = await post(`${base}/api/users/login`, STAFF)
    expect(signIn.status).toBe(200)
    const body = (await signIn.clone().json()) as { token: string; user: { id: string | number } }
    token = body.token
    expect(requestLine(await linesOf(signIn), 200).user, 'the sign-in names who signed in').toBe(body.user.id)

    const me = await fetch(`${base}/api/users/me`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' } })
    expect(me.status).toBe(200)
    const lines = await linesOf(me)
    expect(requestLine(lines, 200).user, 'the signed-in user on the request line').toBe(body.user.id)
    expectNoSecrets(lines, { 'the token': token, 'the token signature': token.split('.')[2], 'the staff email': STAFF.email })

    // A token signed with another key names nobody.
    const [head, claims] = token.split('.')
    const forged = await fetch(`${base}/api/users/me`, { headers: { authorization: `JWT ${head}.${claims}.c2lnbmF0dXJl` } })
    expect(requestLine(await linesOf(forged), 200).user, 'a forged token names no user').toBeUndefined()
  })

  it('a citizen’s feedback and an officer looking it up by email: none of the citizen’s details, the query’s names only', async () => {
    const answer = await post(`${base}/api/feedback/submit`, CITIZEN)
    expect(answer.status).toBe(201)
    const lines = await linesOf(answer)
    requestLine(lines, 201)
    expectNoSecrets(lines)
    // The department's notification, built and logged without SMTP_HOST (cms/email.ts).
    await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 10 })
    expect(parsed().map((line) => line.msg)).toContain('email built, not sent (no SMTP_HOST)')

    const search = `where[email][equals]=${encodeURIComponent(CITIZEN.email)}&where[phone][like]=${CITIZEN.phone.replace(/\D/g, '')}`
    const lookup = await fetch(`${base}/api/feedback?${search}`, { headers: { authorization: `JWT ${token}` } })
    expect(lookup.status).toBe(200)
    const line = requestLine(await linesOf(lookup), 200)
    expect(line).toMatchObject({ path: '/api/feedback', query: 'where[email][equals]&where[phone][like]' })
    expectNoSecrets(await linesOf(lookup), { 'the token': token })
  })

  it('a query Payload cannot read: Payload reports an error, the app answers 400, and the line is info without a stack', async () => {
    const answer = await fetch(`${base}/api/guides?data=x`)
    expect(answer.status).toBe(400)
    const lines = await linesOf(answer)
    requestLine(lines, 400)
    const report = lines.find((line) => !('ms' in line))
    expect(report, "Payload's report, at the answer's level").toMatchObject({
      level: 'info',
      status: 400,
      msg: expect.stringMatching(/not valid JSON/),
    })
    expect(JSON.stringify(lines), 'no stack for a refusal').not.toMatch(/"stack"|\n\s+at /)
  })

  it('a signed-out session: its token still carries a valid signature, yet the request line names nobody', async () => {
    const session = { authorization: `JWT ${token}` }
    expect((await post(`${base}/api/users/logout`, {}, session)).status).toBe(200)
    const me = await fetch(`${base}/api/users/me`, { headers: session })
    expect(requestLine(await linesOf(me), 200).user, 'no user for a session that ended').toBeUndefined()
  })

  // SQLite only: the same code path on MongoDB, whose driver quotes no values in this error.
  it.skipIf(onMongo)(
    'a 500 while the database refuses the feedback: the error with its stack, without the values of the failed insert',
    async () => {
      const refuse = await databaseRefusingFeedback()
      try {
        const answer = await post(`${base}/api/feedback/submit`, CITIZEN, { 'x-forwarded-for': '198.51.100.60' })
        expect(answer.status).toBe(500)
        const lines = await linesOf(answer)
        requestLine(lines, 500, '198.51.100.60')
        const error = lines.find((line) => line.err)
        expect(error?.level, 'the failure logged at error').toBe('error')
        expect((error?.err as { stack?: string })?.stack, 'with its stack').toMatch(/\n\s+at /)
        expectNoSecrets(lines)
      } finally {
        await refuse.restore()
      }
    },
  )

  it('a 500 from a handler that throws: a line with the error and the request line at error', async () => {
    const failing = await serve(async () => {
      throw new Error('render failed')
    })
    try {
      const answer = await fetch(`${failing.base}/api/anything?token=${'x'.repeat(20)}`, {
        headers: { 'x-request-id': 'nginx-0123456789abcdef' },
      })
      expect(answer.status).toBe(500)
      expect(answer.headers.get('x-request-id'), "a trusted proxy's request id is kept").toBe('nginx-0123456789abcdef')
      const lines = await linesOf(answer)
      expect(requestLine(lines, 500)).toMatchObject({ path: '/api/anything', query: 'token' })
      expect(lines.find((line) => line.msg === 'the request handler failed')).toMatchObject({
        level: 'error',
        err: { message: 'render failed' },
      })
      expectNoSecrets(lines, { 'the token in the query': 'x'.repeat(20) })
    } finally {
      await new Promise((resolve) => failing.running.close(resolve))
    }
  })

  it('an error reported while answering: at error when the answer is a success or a failure, at info when the request is refused', async () => {
    const reporting = await serve(async (req, res) => {
      log.error(`a problem met on ${req.url}`)
      res.writeHead(Number(req.url?.slice(1))).end()
    })
    try {
      for (const [status, level] of [
        [201, 'error'],
        [422, 'info'],
        [503, 'error'],
      ] as const) {
        const lines = await linesOf(await fetch(`${reporting.base}/${status}`))
        expect(lines.find((line) => line.msg === `a problem met on /${status}`)?.level, `reported during a ${status}`).toBe(level)
      }
    } finally {
      await new Promise((resolve) => reporting.running.close(resolve))
    }
  })

  it('the whole run: every line JSON, none with a secret or a personal detail', () => {
    expect(written.length).toBeGreaterThan(10)
    expectNoSecrets(parsed(), { 'the token': token, 'the staff password': STAFF.password })
  })
})

/** SQLite refuses new feedback, as a full disk would (Drizzle's error then quotes the insert's values). */
async function databaseRefusingFeedback(): Promise<{ restore: () => Promise<unknown> }> {
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await client.execute("CREATE TRIGGER refuse_feedback BEFORE INSERT ON feedback BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
  return { restore: () => client.execute('DROP TRIGGER refuse_feedback') }
}
