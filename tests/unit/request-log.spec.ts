/**
 * The pieces of the request log line (scripts/request-log.mjs) and of the logger (scripts/log.mjs)
 * that need no server: the query's names without values, whose request id is believed, the level of
 * a line, LOG_LEVEL, and the redaction of fields and of a driver's quoted values.
 */
import { describe, expect, it } from 'vitest'

import { createLogger, levelFrom } from '@/scripts/log.mjs'
import { levelOf, loggedTarget, requestIdOf } from '@/scripts/request-log.mjs'

describe('the logged path', () => {
  it.each([
    ['/vi/thu-tuc-hanh-chinh', { path: '/vi/thu-tuc-hanh-chinh' }],
    ['/vi/tim-kiem?q=nguy%E1%BB%85n+v%C4%83n+a&page=2', { path: '/vi/tim-kiem', query: 'q&page' }],
    ['/api/feedback?where[email][equals]=a%40b.vn&where[email][equals]=c', { path: '/api/feedback', query: 'where[email][equals]' }],
    // A value written with no name (an email, a phone number) is not a name.
    ['/vi/tra-cuu?a@b.vn&0912345678&token', { path: '/vi/tra-cuu', query: '?&?&token' }],
    ['/vi?', { path: '/vi' }],
    ['/tra-cuu/lan.nguyen@example.vn', { path: '/tra-cuu/[email]' }],
  ])('%s', (url, expected) => {
    expect(loggedTarget(url)).toEqual(expected)
  })
})

describe('the request id', () => {
  it("is a trusted proxy's when it has the shape of one", () => {
    expect(requestIdOf('0f6b2c3d4e5f60718293a4b5c6d7e8f9', true)).toBe('0f6b2c3d4e5f60718293a4b5c6d7e8f9')
  })
  it.each([
    ['from a client', '0f6b2c3d4e5f60718293a4b5c6d7e8f9', false],
    ['with a line break', 'abc\ndef-0123456', true],
    ['too long', 'x'.repeat(65), true],
    ['missing', undefined, true],
  ])('is a new one %s', (_, header, trusted) => {
    const id = requestIdOf(header, trusted)
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(id).not.toBe(header)
  })
})

describe('the level of a request line', () => {
  it.each([
    [200, 'home', '/', 'info'],
    [404, 'other-pages', '/khong-co', 'info'],
    [429, 'api-feedback', '/api/feedback/submit', 'info'],
    [500, 'news', '/tin-tuc/x', 'error'],
    [503, 'static', '/_next/static/chunks/a.js', 'error'],
    [200, 'static', '/_next/static/chunks/a.js', 'debug'],
    [304, 'image', '/_next/image', 'debug'],
    [200, 'api', '/api/media/file/anh.jpg', 'debug'],
    [200, 'files', '/favicon.ico', 'debug'],
    [404, 'static', '/_next/static/missing.js', 'info'],
    [200, 'next', '/next/health', 'debug'],
    [200, 'next', '/next/redirects', 'debug'],
    [200, 'next', '/next/list-pages', 'debug'],
    [403, 'next', '/next/metrics', 'info'],
    [503, 'next', '/next/health', 'error'],
    [200, 'next', '/next/display.css', 'debug'],
  ])('%i %s %s: %s', (status, group, path, level) => {
    expect(levelOf(status, group, path)).toBe(level)
  })
})

describe('LOG_LEVEL', () => {
  it.each(['debug', 'INFO', ' warn ', 'silent'])('%j is a level', (value) => {
    expect(levelFrom(value)).toEqual({ level: value.trim().toLowerCase() })
  })
  it('unset is info', () => expect(levelFrom(undefined)).toEqual({ level: 'info' }))
  it('anything else is info, with one warning line', () => {
    const lines: string[] = []
    const log = createLogger({ level: 'verbose', destination: { write: (line: string) => void lines.push(line) } })
    expect(log.level).toBe('info')
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/^LOG_LEVEL "verbose" is not one of .*: logging at info$/) }),
    ])
  })
})

describe('refusals', () => {
  it('an error with a 4xx status logged as an error is written at info, with its message and no stack', () => {
    const lines: string[] = []
    const log = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } })
    log.error({ err: Object.assign(new Error('Not allowed to publish'), { name: 'APIError', status: 403 }) })
    log.error(Object.assign(new Error('Too many attempts'), { status: 429 }), 'sign-in refused')
    log.error({ err: Object.assign(new Error('no database'), { status: 503 }) })
    const [forbidden, tooMany, failure] = lines.map((line) => JSON.parse(line))
    expect(forbidden).toEqual(expect.objectContaining({ level: 'info', msg: 'Not allowed to publish', status: 403 }))
    expect(forbidden).not.toHaveProperty('err')
    expect(tooMany).toEqual(expect.objectContaining({ level: 'info', msg: 'sign-in refused', status: 429 }))
    expect(failure).toMatchObject({ level: 'error', msg: 'no database', err: { stack: expect.stringMatching(/\n\s+at /) } })
  })
})

describe('redaction', () => {
  const logged = (...args: unknown[]) => {
    const lines: string[] = []
    const log = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } })
    ;(log.info as (...rest: unknown[]) => void)(...args)
    return lines.join('')
  }

  it('replaces secrets and personal fields, keeps the rest', () => {
    const line = logged({
      headers: { cookie: 'payload-token=abc', authorization: 'JWT abc', 'set-cookie': ['payload-token=abc'] },
      body: { email: 'a@b.vn', phone: '0912345678', name: 'Nguyễn Văn A', message: 'nội dung', trackingCode: 'PA-1' },
      password: 'p',
      user: { id: 7, email: 's@so.vn' },
    })
    expect(line).not.toMatch(/abc|a@b\.vn|0912345678|Nguyễn|nội dung|"p"|s@so\.vn/)
    expect(JSON.parse(line)).toMatchObject({ body: { trackingCode: 'PA-1' }, user: { id: 7 } })
  })

  it("takes a failed query's values out of an error, its message and its stack", () => {
    const error = Object.assign(new Error('Failed query: insert into "feedback" ("email") values (?)\nparams: a@b.vn,0912345678'), {
      params: ['a@b.vn'],
    })
    const line = logged({ err: error })
    expect(line).not.toMatch(/a@b\.vn|0912345678/)
    expect(JSON.parse(line)).toMatchObject({
      msg: expect.stringMatching(/params: \[redacted\]$/),
      err: { stack: expect.stringMatching(/\n\s+at /) },
    })
  })

  it('finds secrets at any depth and errors under any name, and leaves the object logged unchanged', () => {
    const failed = Object.assign(new Error('Failed query: insert into "feedback" values (?)\nparams: 0912345678'), {
      params: ['0912345678'],
    })
    const fields = { job: { input: { deep: { token: 'abc123' } } }, cause: { error: failed }, list: [{ password: 'p4ss' }] }
    const line = logged(fields, 'nested')
    expect(line).not.toMatch(/abc123|0912345678|p4ss/)
    expect(JSON.parse(line)).toMatchObject({
      cause: { error: { type: 'Error', params: '[redacted]' } },
      list: [{ password: '[redacted]' }],
    })
    expect(fields.job.input.deep.token).toBe('abc123')
  })

  it("masks email addresses in messages and in a mail server's refusal", () => {
    const refusal = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <lan.nguyen@example.vn>: User unknown"),
      {
        code: 'EENVELOPE',
        rejected: ['lan.nguyen@example.vn'],
        response: '550 5.1.1 <lan.nguyen@example.vn>: User unknown',
      },
    )
    const line = logged({ err: refusal, msg: 'feedback PA-1: the answer email failed' })
    expect(line).not.toMatch(/lan\.nguyen/)
    expect(JSON.parse(line)).toMatchObject({
      msg: 'feedback PA-1: the answer email failed',
      err: { code: 'EENVELOPE', response: '550 5.1.1 <[email]>: User unknown' },
    })
    expect(logged({ err: refusal, msg: `the answer email failed (${refusal.message})` })).not.toMatch(/lan\.nguyen/)
    expect(logged('sent to a.b-c@so-tu-phap.example.gov.vn')).toMatch(/"msg":"sent to \[email\]"/)
  })

  it("takes MongoDB's duplicated value out of a message", () => {
    expect(logged('E11000 duplicate key error collection: users index: email_1 dup key: { email: "s@so.vn" }')).not.toMatch(/s@so\.vn/)
  })
})
