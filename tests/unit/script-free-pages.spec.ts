import { createRequire } from 'node:module'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  acceptsGzip,
  deferDisplaySheet,
  microCacheExpiry,
  mayStripScripts,
  readsDefaultDisplay,
  serverErrorPage,
  stripScripts,
  withoutScriptLinks,
  withoutScriptSources,
  withoutScripts,
  weakEtag,
} from '@/scripts/script-free-pages.mjs'

// The shape of a page Next 16 writes: preloads, async chunks, the RSC payload inline, JSON-LD.
const page = `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>
<link rel="stylesheet" href="/next/display.css" data-precedence="default"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="modulepreload" href="/_next/static/chunks/m.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body><main><h1>Đăng ký khai sinh</h1>
<script type="application/ld+json">{"@type":"GovernmentService","name":"Đăng ký khai sinh"}</script>
<form action="/tim-kiem" method="get"><input name="q"/></form>
<p>${'Hồ sơ gồm tờ khai và giấy chứng sinh. '.repeat(40)}</p></main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"0:{\\"digest\\":\\"x\\"} \\u003c/script\\u003e"])</script>
<SCRIPT type="module">import('/x.js')</SCRIPT>
</body></html>`

describe('stripScripts', () => {
  it('removes every executable script and script preload, keeps JSON-LD, styles and the content', () => {
    const out = stripScripts(page)!
    expect(out).not.toMatch(/<script(?![^>]*application\/ld\+json)/i)
    expect(out).not.toMatch(/as="script"|modulepreload|__next_f|_next\/static\/chunks/)
    expect(out).toContain('<script type="application/ld+json">{"@type":"GovernmentService","name":"Đăng ký khai sinh"}</script>')
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>')
    expect(out).toContain('<h1>Đăng ký khai sinh</h1>')
    expect(out).toContain('<form action="/tim-kiem" method="get"><input name="q"/></form>')
  })

  it('refuses (null) a page whose content React streamed after the shell: without its script it would stay hidden', () => {
    expect(stripScripts('<main></main><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>')).toBeNull()
  })

  it('keeps a not-found fallback rendered in place (a Suspense boundary in client mode is visible HTML)', () => {
    const notFound =
      '<!--$!--><template data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"></template><h1>Không tìm thấy</h1><!--/$--><script>x()</script>'
    expect(stripScripts(notFound)).toBe(
      '<!--$!--><template data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"></template><h1>Không tìm thấy</h1><!--/$-->',
    )
  })
})

describe('headers', () => {
  it('the policy refuses every script and keeps the other directives in their order', () => {
    expect(
      withoutScriptSources(
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      ),
    ).toBe("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
    expect(withoutScriptSources("default-src 'self'; script-src-elem 'self'")).toBe("script-src 'none'; default-src 'self'")
  })
  it('a Link header loses its script preloads only', () => {
    expect(withoutScriptLinks('</next/display.css>; rel=preload; as="style", </_next/static/chunks/a.js>; rel=preload; as="script"')).toBe(
      '</next/display.css>; rel=preload; as="style"',
    )
    expect(withoutScriptLinks('</_next/static/chunks/a.js>; rel=modulepreload')).toBe('')
  })
})

describe('acceptsGzip and weakEtag', () => {
  it('reads q-values: gzip;q=0 refuses, * counts', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip;q=0, *;q=1')).toBe(false)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('xgzip')).toBe(false)
  })
  it('makes a tag weak once', () => {
    expect(weakEtag('"abc"')).toBe('W/"abc"')
    expect(weakEtag('W/"abc"')).toBe('W/"abc"')
  })
})

describe('microCacheExpiry', () => {
  it('is the current second, absolute, as nginx reads X-Accel-Expires', () => {
    expect(microCacheExpiry(1_765_000_000_999)).toBe('@1765000000')
    expect(microCacheExpiry(1_765_000_001_000)).toBe('@1765000001')
  })
})

describe('readsDefaultDisplay', () => {
  it('no display cookie or the defaults; anything else keeps the blocking stylesheet', () => {
    for (const cookie of [undefined, '', 'a=1', 'display=', 'display=normal', 'display=normal.normal', 'x=1; display=normal.normal'])
      expect(readsDefaultDisplay(cookie), String(cookie)).toBe(true)
    for (const cookie of ['display=large', 'display=normal.high', 'display=larger.high', 'display=nonsense', 'display=normal.normal.x'])
      expect(readsDefaultDisplay(cookie), cookie).toBe(false)
    // The first cookie of the name, as nginx reads it for its cache key.
    expect(readsDefaultDisplay('display=large; display=normal')).toBe(false)
  })
})

describe('mayStripScripts', () => {
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({ url, method, headers }) as unknown as http.IncomingMessage
  it('public pages in both languages, GET, HEAD and form posts', () => {
    for (const url of [
      '/',
      '/en',
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      '/en/documents?trang=2',
      '/tim-kiem?q=a.b',
      '/phan-anh-kien-nghi',
    ])
      expect(mayStripScripts(request(url)), url).toBe(true)
    expect(mayStripScripts(request('/phan-anh-kien-nghi', {}, 'POST'))).toBe(true)
    expect(mayStripScripts(request('/', {}, 'HEAD'))).toBe(true)
  })
  it('never the admin, the API, Next files, the site routes, files by name, RSC or action requests, other methods, or draft mode', () => {
    for (const url of [
      '/admin',
      '/admin/collections/news',
      '/api/news',
      '/_next/static/chunks/a.js',
      '/next/preview?slug=x',
      '/next/display',
      '/sitemap.xml',
      '/en/feed.xml?x=1',
      '/robots.txt',
    ])
      expect(mayStripScripts(request(url)), url).toBe(false)
    expect(mayStripScripts(request('/', { rsc: '1' }))).toBe(false)
    expect(mayStripScripts(request('/', { 'next-action': 'abc' }, 'POST'))).toBe(false)
    // Next answers these with the HTML page: stripped like any other, never a scripted copy for a shared cache.
    expect(mayStripScripts(request('/', { 'next-action': 'abc' }))).toBe(true)
    expect(mayStripScripts(request('/', { rsc: '0' }))).toBe(true)
    expect(mayStripScripts(request('/', {}, 'PUT'))).toBe(false)
    expect(mayStripScripts(request('/tin-tuc/a', { cookie: 'display=large; __prerender_bypass=1' }))).toBe(false)
    // A cookie merely named like it is not draft mode.
    expect(mayStripScripts(request('/', { cookie: 'x__prerender_bypass=1' }))).toBe(true)
  })
})

describe('serverErrorPage', () => {
  it('speaks the language of the path, keeps the digest, and offers only a path of this site to retry', () => {
    const vi = serverErrorPage('/thu-tuc-hanh-chinh', 'self.__next_f.push([1,"{\\"digest\\":\\"2749918\\"}"])')
    expect(vi).toContain('<html lang="vi">')
    expect(vi).toContain('Xin lỗi, đã có lỗi ở phía chúng tôi')
    expect(vi).toContain('Mã lỗi: 2749918')
    expect(vi).toContain('href="/thu-tuc-hanh-chinh"')
    expect(vi).not.toMatch(/<script/i)
    const en = serverErrorPage('/en/procedures')
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('href="/en"')
    expect(serverErrorPage('//evil.example/x')).toContain('<a href="/">')
    expect(serverErrorPage('/"><script>alert(1)</script>')).not.toContain('<script>')
  })
})

// Next's own copy of the compression middleware (untyped), as next start applies it to every request.
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
const compress = (createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware)()

/** What a reader without settings gets (no display cookie): no script, the stylesheet not blocking. */
const forDefaultReader = deferDisplaySheet(stripScripts(page)!)

describe('withoutScripts on a real server', () => {
  // Each path answers the way Next does for one kind of page.
  const answers: Record<string, (res: http.ServerResponse) => void> = {
    // A cached page: headers set one by one, the whole body in end().
    '/cached': (res) => {
      res.statusCode = 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-length', Buffer.byteLength(page))
      res.setHeader('etag', '"p77g8re24q140i"')
      res.setHeader('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'")
      res.setHeader('link', '</_next/static/chunks/a.js>; rel=preload; as="script", </next/display.css>; rel=preload; as="style"')
      res.end(page)
    },
    // A page rendered on request: headers flushed early, the body streamed in pieces that split tags.
    '/streamed': (res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.flushHeaders()
      const cut = [0, 200, 201, 500, page.length]
      let i = 0
      const next = () => {
        if (i < cut.length - 1) {
          res.write(page.slice(cut[i], cut[i + 1]))
          i++
          setTimeout(next, 2)
        } else res.end()
      }
      next()
    },
    // Next on HEAD: the length of the page it would send, and no body.
    '/head': (res) => {
      res.statusCode = 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-length', Buffer.byteLength(page))
      res.setHeader('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'")
      res.end(null)
    },
    // Next's answer to If-None-Match: no type, no body, the page's headers.
    '/not-modified': (res) => {
      res.statusCode = 304
      res.setHeader('etag', '"p77g8re24q140i"')
      res.setHeader('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'")
      res.setHeader('link', '</_next/static/chunks/a.js>; rel=preload; as="script"')
      res.end()
    },
    '/late': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<main></main><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>')
    },
    '/broken': (res) => {
      res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<html id="__next_error__"><body><script>self.__next_f.push([1,"{\\"digest\\":\\"42\\"}"])</script></body></html>')
    },
    // Next's own compression middleware wraps write/end after the hook (next start does so on every
    // request): a streamed non-HTML answer must still end.
    '/layered': (res) => {
      compress(res.req!, res, () => {
        res.setHeader('content-type', 'application/xml')
        res.flushHeaders()
        res.write('<urlset>')
        setTimeout(() => res.end('</urlset>'), 5)
      })
    },
    '/data.json': (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 12 })
      res.end('{"a":"<sc>"}')
    },
    '/api/x': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<script>kept()</script>')
    },
  }
  const warn = vi.fn()
  /** The request headers as the app got them, after withoutScripts. */
  let seen: http.IncomingHttpHeaders = {}
  let server: http.Server
  let base: string
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      withoutScripts(req, res, { warn })
      seen = { ...req.headers }
      answers[req.url!.split('?')[0]](res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  // Node's http client (fetch would decode gzip itself and hide what was sent).
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(`${base}${path}`, { headers, method }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
        .end()
    })

  it('a reader with display settings is never answered 304 from a copy made for the defaults', async () => {
    await get('/cached', { cookie: 'display=large.normal', 'if-none-match': 'W/"p77g8re24q140i"' })
    expect(seen['if-none-match'], 'the condition reached the app').toBeUndefined()
    const reader = await get('/cached', { 'if-none-match': 'W/"p77g8re24q140i"' })
    expect(seen['if-none-match']).toBe('W/"p77g8re24q140i"')
    expect(reader.headers.etag).toBe('W/"p77g8re24q140i"')
  })

  it('a cached page: no script, a true length, the policy and Link header without scripts', async () => {
    const res = await get('/cached', { cookie: 'display=large.normal' })
    const html = res.body.toString()
    expect(html).toBe(stripScripts(page))
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.headers['content-security-policy']).toBe("default-src 'self'; script-src 'none'")
    // A reader who chose a setting: the stylesheet blocks the first paint, which then has it.
    expect(html).toContain('<link rel="stylesheet" href="/next/display.css" data-precedence="default"/>')
    expect(res.headers.link).toBe('</next/display.css>; rel=preload; as="style"')
    // Their copy has an ETag of its own: never a 304 for a copy made for the defaults.
    expect(res.headers.etag).toBe('W/"p77g8re24q140i-reader"')
    // nginx keeps its copy to the end of this second.
    expect(res.headers['x-accel-expires']).toMatch(/^@\d{10}$/)
    expect(Math.abs(Number(res.headers['x-accel-expires']!.slice(1)) - Date.now() / 1000)).toBeLessThan(2)
  })

  it('a reader without settings gets the stylesheet link that blocks nothing, and no preload of it', async () => {
    for (const cookie of ['', 'display=normal', 'display=normal.normal; other=1']) {
      const res = await get('/cached', cookie ? { cookie } : {})
      const html = res.body.toString()
      expect(html, cookie).toBe(deferDisplaySheet(stripScripts(page)!))
      expect(html, cookie).toContain('href="/next/display.css" media="(prefers-contrast: more)" data-precedence="default"')
      expect(res.headers.link, cookie).toBeUndefined()
    }
  })

  it('a 304 carries the headers of the page without scripts (browsers merge them into their copy)', async () => {
    const res = await get('/not-modified')
    expect(res.status).toBe(304)
    expect(res.headers['content-security-policy']).toBe("default-src 'self'; script-src 'none'")
    expect(res.headers.link).toBeUndefined()
    expect(res.headers.etag).toBe('W/"p77g8re24q140i"')
  })

  it('gzip refused with q=0 is not sent', async () => {
    const res = await get('/streamed', { 'accept-encoding': 'gzip;q=0, br' })
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.toString()).toBe(forDefaultReader)
  })

  it('a streamed page, headers flushed early: the same result; gzip when asked, with Vary', async () => {
    const plain = await get('/streamed')
    expect(plain.body.toString()).toBe(forDefaultReader)
    const zipped = await get('/streamed', { 'accept-encoding': 'gzip, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/)
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length)
    expect(gunzipSync(zipped.body).toString()).toBe(forDefaultReader)
  })

  it('HEAD gives the length a GET would when the body is there, and no false length when Next leaves it out', async () => {
    const head = await get('/cached', {}, 'HEAD')
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(forDefaultReader))
    const nextHead = await get('/head', {}, 'HEAD')
    expect(nextHead.status).toBe(200)
    expect(nextHead.headers['content-length']).toBeUndefined()
    expect(nextHead.headers['content-security-policy']).toBe("default-src 'self'; script-src 'none'")
  })

  it('a page that needs its scripts keeps them, and the log says so', async () => {
    const res = await get('/late')
    expect(res.body.toString()).toContain('$RC(')
    expect(warn).toHaveBeenCalledWith('/late: served with its scripts (content streamed after the shell needs them)')
  })

  it('a failed render becomes the server-written error page, status 500 kept', async () => {
    const res = await get('/broken')
    expect(res.status).toBe(500)
    expect(res.body.toString()).toContain('Xin lỗi, đã có lỗi ở phía chúng tôi')
    expect(res.body.toString()).toContain('Mã lỗi: 42')
    expect(res.body.toString()).not.toMatch(/<script/i)
  })

  it('what is not a public HTML page passes byte for byte', async () => {
    expect((await get('/data.json')).body.toString()).toBe('{"a":"<sc>"}')
    expect((await get('/layered')).body.toString()).toBe('<urlset></urlset>')
    expect((await get('/api/x')).body.toString()).toBe('<script>kept()</script>')
  })
})
