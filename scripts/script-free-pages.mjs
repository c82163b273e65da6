/*
 * Public pages without JavaScript (docs/adr/0001-pages-without-javascript.md). Every public page works
 * without script (plain links, GET forms, form posts), yet Next writes its runtime, the page's RSC
 * payload and preload hints into every HTML answer. The production server (scripts/server.mjs) passes
 * each public HTML answer through `withoutScripts`, once, at the one point every answer crosses
 * (prerendered, regenerated, rendered per request, 404s, form-action results): executable <script>
 * elements and script preloads are removed, and the Content-Security-Policy becomes script-src 'none'.
 * JSON-LD (<script type="application/ld+json">) is data and stays. The admin, the API, Next's own
 * files, RSC requests and draft mode (live preview needs its refresh script) pass untouched.
 * A 5xx HTML answer, which Next leaves for its browser runtime to draw, becomes a server-written page
 * in the reader's language.
 * First paint: the reader's stylesheet /next/display.css (lib/display.ts) blocks rendering, yet almost
 * no reader has chosen a size or contrast. For a reader without a choice the link gets a media query
 * that only a system asking for more contrast matches (then it applies the default sheet's own
 * prefers-contrast rule, as before), so it blocks nothing; the Link header's preload of it goes too.
 * The pages are static, the same HTML for everyone: only here, per request, is the cookie seen.
 */
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'

const messages = (locale) => JSON.parse(fs.readFileSync(new URL(`../messages/error/${locale}.json`, import.meta.url), 'utf8'))
const vi = messages('vi')
const en = messages('en')

/**
 * Paths whose answers pass untouched: the admin and API (Payload), Next's files, the site's own routes,
 * and files by name (sitemap.xml, feed.xml, robots.txt…: pages have no extension), which keep Next's
 * compression for clients that reach the app directly.
 */
const UNTOUCHED_PATH = /^\/(?:admin|api|_next|next)(?:[/?]|$)|^[^?]*\/[^/?]*\.[a-z0-9]+(?:\?|$)/i
/** Draft mode (Next's cookie): the editor's preview keeps RefreshRouteOnSave. */
const DRAFT_COOKIE = /(?:^|;)\s*__prerender_bypass=/

/** Whether the answer to `req` may be rewritten (decided before Next runs, from the request alone). */
export function mayStripScripts(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return false
  if (UNTOUCHED_PATH.test(req.url ?? '/')) return false
  // Next's own rules: an RSC request is `RSC: 1`, a server action a POST with Next-Action. Anything else
  // gets the HTML page, so it is stripped like any other (else a GET with a made-up Next-Action header
  // would put the page with its scripts into nginx's shared cache).
  if (req.headers.rsc === '1') return false
  if (req.method === 'POST' && req.headers['next-action'] !== undefined) return false
  return !DRAFT_COOKIE.test(req.headers.cookie ?? '')
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const DATA_SCRIPT = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i
const LINK = /<link\b[^>]*>/gi
const SCRIPT_PRELOAD = /\bas\s*=\s*["']?script\b|\brel\s*=\s*["']?modulepreload\b/i
/**
 * Content React streamed out of order: a boundary that resolved after the shell sits in a hidden
 * <div id="S:…"> and only a script moves it into place. Such a page is served with its scripts
 * (and logged): without them its content would stay hidden.
 */
const LATE_BOUNDARY = /<div hidden id="S:/

/** `html` without executable scripts and script preloads; null when it cannot do without them. */
export function stripScripts(html) {
  if (LATE_BOUNDARY.test(html)) return null
  return html
    .replace(SCRIPT, (element, attributes) => (DATA_SCRIPT.test(attributes) ? element : ''))
    .replace(LINK, (element) => (SCRIPT_PRELOAD.test(element) ? '' : element))
}

/** Whether an Accept-Encoding header accepts gzip (a q-value of 0 refuses it; `*` counts). */
export function acceptsGzip(header) {
  let gzip = null
  let any = null
  for (const part of String(header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';')
    const q = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    const weight = q === undefined ? 1 : Number(q)
    if (name.trim() === 'gzip') gzip = weight
    else if (name.trim() === '*') any = weight
  }
  return (gzip ?? any ?? 0) > 0
}

/** An entity tag made weak: the bytes sent differ from those Next tagged (stripped, and maybe gzipped). */
export const weakEtag = (etag) => (/^W\//.test(String(etag)) ? String(etag) : `W/${etag}`)
/** The ETag of a page as rendered for a reader with display settings. */
export const readerEtag = (etag) => weakEtag(String(etag).replace(/"$/, '-reader"'))

const DISPLAY_LINK = 'href="/next/display.css"'
const DISPLAY_PRELOAD = /^\s*<\/next\/display\.css>;\s*rel=preload;\s*as="?style"?\s*$/
/**
 * Whether the reader has no setting of their own: no `display` cookie (the first one, as nginx reads
 * it for its cache key) or the defaults. Any other value keeps the blocking link: a value misread
 * here costs time, never a reader's settings.
 */
export function readsDefaultDisplay(cookieHeader) {
  const value = /(?:^|;)\s*display=([^;]*)/.exec(String(cookieHeader ?? ''))?.[1]?.trim() ?? ''
  return /^(?:normal(?:\.normal)?)?$/.test(value)
}

/** The page for a reader without settings: the stylesheet link does not block (see the top of this file). */
export const deferDisplaySheet = (html) => html.replace(DISPLAY_LINK, `${DISPLAY_LINK} media="(prefers-contrast: more)"`)

/** A Link header without the stylesheet's preload. */
export const withoutDisplayPreload = (header) => linkWithout(header, DISPLAY_PRELOAD)

/**
 * For nginx's micro-cache (deploy/nginx, which hides the header from clients): a copy lives to the end
 * of the current second. nginx counts whole seconds and keeps a copy while its expiry second has not
 * passed, so "1 s" (proxy_cache_valid) kept copies 1–2 s, and publish → live took up to 2 s plus a
 * render; the end of this second keeps them 0–1 s and still refreshes a page at most once a second.
 */
export const microCacheExpiry = (now = Date.now()) => `@${Math.floor(now / 1000)}`

/** The policy with scripts refused altogether (script-src in its place, or first when there was none). */
export function withoutScriptSources(policy) {
  const directives = String(policy)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^script-src-(?:elem|attr)(?:\s|$)/i.test(directive))
  const at = directives.findIndex((directive) => /^script-src(?:\s|$)/i.test(directive))
  if (at < 0) directives.unshift("script-src 'none'")
  else directives[at] = "script-src 'none'"
  return directives.join('; ')
}

/** A Link header without the entries `unwanted` matches; '' when nothing is left. */
const linkWithout = (header, unwanted) =>
  String(header)
    .split(/,(?=\s*<)/)
    .filter((entry) => !unwanted.test(entry))
    .join(',')
    .trim()

/** A Link header without script preloads (Next may announce chunks there too). */
export const withoutScriptLinks = (header) => linkWithout(header, SCRIPT_PRELOAD)

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

/**
 * The page for a failed render, written here because Next's own 500 document is empty until its
 * runtime draws the error boundary. In the language of the path; the digest (the server log's key
 * for the error) is kept when Next's payload carried one.
 */
export function serverErrorPage(path, nextHtml = '') {
  const english = /^\/en(?:[/?]|$)/.test(path)
  const t = english ? en : vi
  // Only a path of this site (never //host or /\host) is offered as the retry link.
  const retry = /^\/(?![/\\])/.test(path) ? path : '/'
  const digest = /\\?"digest\\?":\\?"([\w-]{1,64})\\?"/.exec(nextHtml)?.[1]
  return `<!DOCTYPE html>
<html lang="${english ? 'en' : 'vi'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title><meta name="robots" content="noindex">
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0f172a}a{color:#1d4ed8}</style>
</head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>
<ul><li><a href="${escapeHtml(retry)}">${escapeHtml(t.retry)}</a></li><li><a href="${t.homeHref}">${escapeHtml(t.home)}</a></li><li><a href="${t.contactHref}">${escapeHtml(t.contact)}</a></li></ul>
${digest ? `<p>${escapeHtml(t.code)}: ${escapeHtml(digest)}</p>` : ''}</main></body></html>
`
}

/**
 * Hooks `res` so that an HTML answer to `req` is collected, rewritten and sent whole (gzip when the
 * client asked for it: Next is asked for plain text, since the rewrite needs it). Any other answer
 * streams through as before. `log` is told of a page served with its scripts.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ warn: (message: string) => void }} [log]
 */
export function withoutScripts(req, res, log = console) {
  if (!mayStripScripts(req)) return
  const gzipWanted = acceptsGzip(req.headers['accept-encoding'])
  delete req.headers['accept-encoding']
  const path = req.url ?? '/'
  const deferDisplay = readsDefaultDisplay(req.headers.cookie)
  // The page's HTML differs with the reader's settings (their stylesheet blocks first paint or not) while
  // Next's ETag does not: a reader with settings never gets a 304 for a copy made for the defaults, and
  // their copy gets an ETag of its own (readerEtag), also in nginx's cache.
  if (!deferDisplay) delete req.headers['if-none-match']
  const { writeHead, write, end, flushHeaders } = res
  const chunks = []
  let collecting = null

  /** The headers of a page without scripts (also on a 304, which browsers merge into their copy). */
  const scriptFreeHeaders = () => {
    const policy = res.getHeader('content-security-policy')
    if (policy) res.setHeader('content-security-policy', withoutScriptSources(policy))
    const link = res.getHeader('link')
    if (link) {
      const noScripts = withoutScriptLinks(link)
      const kept = deferDisplay ? withoutDisplayPreload(noScripts) : noScripts
      if (kept) res.setHeader('link', kept)
      else res.removeHeader('link')
    }
    const etag = res.getHeader('etag')
    if (etag) res.setHeader('etag', deferDisplay ? weakEtag(etag) : readerEtag(etag))
  }
  // The hooks stay in place once decided (Next's compression wraps them in turn): they pass through.
  const decide = () => {
    if (collecting === null) {
      // Next 16 sends a static page's redirect with its Location twice when it renders it (set by the
      // render, then appended from the cache entry it made): one is the answer, and clients may refuse two.
      const location = res.getHeader('location')
      if (Array.isArray(location) && new Set(location).size === 1) res.setHeader('location', location[0])
      collecting = String(res.getHeader('content-type') ?? '').startsWith('text/html')
      if (!collecting && res.statusCode === 304) scriptFreeHeaders()
    }
    return collecting
  }
  const take = (chunk, encoding) => {
    if (chunk != null && chunk !== '')
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
  }

  res.writeHead = function (status, ...rest) {
    const headers = rest.find((value) => value && typeof value === 'object')
    if (Array.isArray(headers)) {
      collecting = false
      return writeHead.call(this, status, ...rest)
    }
    if (typeof rest[0] === 'string') this.statusMessage = rest[0]
    this.statusCode = status
    for (const [name, value] of Object.entries(headers ?? {})) this.setHeader(name, value)
    if (!decide()) return writeHead.call(this, status)
    return this
  }
  // Headers go out with the rewritten body; Next's early flush would send a length that is no longer true.
  res.flushHeaders = function () {
    if (!decide()) return flushHeaders.call(this)
  }
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return write.call(this, chunk, encoding, callback)
    take(chunk, encoding)
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return end.call(this, chunk, encoding, callback)
    if (typeof chunk === 'function') [chunk, callback] = [null, chunk]
    else if (typeof encoding === 'function') [encoding, callback] = [null, encoding]
    take(chunk, encoding)
    collecting = false // anything after this end passes through
    const html = Buffer.concat(chunks).toString('utf8')
    let body = html
    if (this.statusCode >= 500) body = serverErrorPage(path.split('?')[0], html)
    else if (html) {
      body = stripScripts(html)
      if (body === null) log.warn?.(`${path}: served with its scripts (content streamed after the shell needs them)`)
    }
    if (body === null) body = html
    else {
      scriptFreeHeaders()
      if (deferDisplay) body = deferDisplaySheet(body)
    }
    if (this.statusCode === 200 || this.statusCode === 404) this.setHeader('x-accel-expires', microCacheExpiry())
    // HEAD: Next sets the length of the page it would send and ends without it; that length is not
    // the stripped page's, and the true one is not known without rendering, so none is sent.
    if (req.method === 'HEAD' && !html) {
      this.removeHeader('content-length')
      return end.call(this, callback)
    }
    let bytes = Buffer.from(body, 'utf8')
    if (gzipWanted && bytes.length >= 1024) {
      bytes = gzipSync(bytes, { level: 6 })
      this.setHeader('content-encoding', 'gzip')
      const vary = String(this.getHeader('vary') ?? '')
      if (!/\baccept-encoding\b/i.test(vary)) this.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    this.setHeader('content-length', bytes.length)
    return end.call(this, bytes, callback)
  }
}
