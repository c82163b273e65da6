import { describe, expect, it } from 'vitest'

import { withinBodyLimit } from '@/guards/requestChecks'

const url = 'http://localhost/api/users/login'

/** A body that fails the test if anything reads it. */
const untouchable = () =>
  new ReadableStream<Uint8Array>({
    pull() {
      throw new Error('the body was read')
    },
  })

/** A chunked body: `chunks` chunks of `size` bytes, counting how many were read. */
function chunked(chunks: number, size: number) {
  const read = { chunks: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.chunks === chunks) return controller.close()
      read.chunks++
      controller.enqueue(new Uint8Array(size).fill(0x20))
    },
  })
  return { body, read }
}

const post = (headers: Record<string, string>, body: BodyInit | null) =>
  new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit)

async function status(result: Request | Response) {
  return result instanceof Response ? [result.status, (await result.json()).errors[0].message] : 'passed'
}

describe('withinBodyLimit', () => {
  it('passes a DELETE whose empty body declares no length or type (Playwright, curl, fetch)', async () => {
    const result = await withinBodyLimit(
      new Request(url, { method: 'DELETE', body: chunked(0, 0).body, duplex: 'half' } as RequestInit),
      64 * 1024,
    )
    expect(result).toBeInstanceOf(Request)
    expect(await (result as Request).text()).toBe('')
  })

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const result = await withinBodyLimit(
      post({ 'content-type': 'application/json', 'content-length': '209715200' }, untouchable()),
      64 * 1024,
    )
    expect(await status(result)).toEqual([413, 'The body is too large: at most 65536 bytes'])
  })

  it('stops reading a chunked body at the limit', async () => {
    const { body, read } = chunked(1000, 1024)
    const result = await withinBodyLimit(post({ 'content-type': 'application/json' }, body), 64 * 1024)
    expect(await status(result)).toEqual([413, 'The body is too large: at most 65536 bytes'])
    expect(read.chunks).toBeLessThanOrEqual(66)
  })

  it('hands on a chunked body within the limit, with its length', async () => {
    const { body } = chunked(2, 10)
    const result = await withinBodyLimit(post({ 'content-type': 'application/json' }, body), 64)
    expect(result).toBeInstanceOf(Request)
    expect((result as Request).headers.get('content-length')).toBe('20')
    expect(await (result as Request).text()).toBe(' '.repeat(20))
  })

  it('passes text/plain and untyped JSON on as application/json (fetch with a string body)', async () => {
    for (const type of ['text/plain;charset=UTF-8', '']) {
      const result = await withinBodyLimit(post(type ? { 'content-type': type } : {}, '{"collections":["news"]}'), 1024)
      expect(result).toBeInstanceOf(Request)
      expect((result as Request).headers.get('content-type')).toBe('application/json')
      expect(await (result as Request).json()).toEqual({ collections: ['news'] })
    }
  })

  it('answers 415 to text that is not JSON and to other types', async () => {
    expect(await status(await withinBodyLimit(post({ 'content-type': 'text/plain' }, 'email=a&password=b'), 1024))).toEqual([
      415,
      'The body must be JSON, sent as application/json',
    ])
    expect(await status(await withinBodyLimit(post({ 'content-type': 'application/xml' }, '<a/>'), 1024))).toEqual([
      415,
      'Unsupported Content-Type "application/xml": send application/json',
    ])
  })

  it('needs a length for multipart, and a valid one everywhere', async () => {
    expect(await status(await withinBodyLimit(post({ 'content-type': 'multipart/form-data; boundary=x' }, untouchable()), 1024))).toEqual([
      411,
      'A multipart body needs a Content-Length',
    ])
    expect(
      await status(await withinBodyLimit(post({ 'content-type': 'application/json', 'content-length': '-1' }, untouchable()), 1024)),
    ).toEqual([400, 'Invalid Content-Length'])
    const multipart = post({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': '500' }, untouchable())
    expect(await withinBodyLimit(multipart, 1024)).toBe(multipart)
  })
})
