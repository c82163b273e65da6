import type { Message } from './imports/messages'
import { sitePath } from './sitePath'
import { siteUrl } from './siteUrl'

/** The path through which the proxy reads the redirects (app/next/redirects). */
export const REDIRECTS_PATH = '/next/redirects'

/**
 * The old portal's pages and files: addresses with one of these extensions pass through the proxy only
 * to be redirected (proxy.ts lists them again in its matcher, which Next reads as a literal). The
 * portal's own files are under /_next and /api, which the proxy never sees.
 */
export const OLD_PORTAL_EXTENSIONS = [
  'aspx?',
  'php',
  'html?',
  'jsp',
  'cfm',
  'do',
  'pdf',
  'docx?',
  'xlsx?',
  'pptx?',
  'txt',
  'rtf',
  'odt',
  'ods',
  'odp',
  'jpe?g',
  'png',
  'gif',
  'bmp',
  'tiff?',
  'zip',
  'rar',
  '7z',
  'mp3',
  'mp4',
  'wmv',
  'avi',
  'flv',
  'swf',
] as const

/** One redirect as the proxy applies it: a normalised old path (with its query, if it names one). */
export type RedirectRule = { from: string; to: string; status: 301 | 302 }

/** Paths the portal itself owns: a redirect there would take the admin, the API or the home page away. */
const RESERVED = /^\/(?:admin|api|_next|next)(?:\/|$)|^\/(?:en)?$/

type Normalised = { ok: true; value: string } | { ok: false; reason: Message }

const decode = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The path and query a rule matches on: decoded, lower case, no trailing slash, parameters sorted. */
export function redirectKey(pathname: string, search = ''): string {
  const path =
    decode(pathname)
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/(.)\/$/, '$1') || '/'
  const params = [...new URLSearchParams(search)].map(([key, value]) => [key.toLowerCase(), value] as const)
  params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)))
  return params.length ? `${path}?${new URLSearchParams(params as [string, string][])}` : path
}

/**
 * An old address as an editor pastes it, a full old-portal URL (http://old.example.gov.vn/Pages/tin.aspx?ItemID=5)
 * or a path, as the rule's key: the host is dropped (the old domain points here), the path and query kept.
 */
export function normaliseFrom(input: string): Normalised {
  const value = input.trim()
  if (!value) return { ok: false, reason: { vi: 'thiếu đường dẫn cũ', en: 'the old address is missing' } }
  let url: URL
  try {
    url = new URL(value, 'http://old.invalid')
  } catch {
    return { ok: false, reason: { vi: `“${value}” không phải đường dẫn`, en: `“${value}” is not an address` } }
  }
  if (!/^https?:$/.test(url.protocol))
    return { ok: false, reason: { vi: `“${value}” không phải đường dẫn web`, en: `“${value}” is not a web address` } }
  const key = redirectKey(url.pathname, url.search)
  if (RESERVED.test(key.split('?')[0])) {
    return {
      ok: false,
      reason: {
        vi: `không chuyển hướng được “${key}”: trang chủ, trang quản trị và API giữ nguyên`,
        en: `“${key}” cannot be redirected: the home page, the admin and the API stay`,
      },
    }
  }
  return { ok: true, value: key }
}

/** A target as stored: a path of this site (kept as typed, with its query) or an absolute https:// URL. */
export function normaliseTo(input: string): Normalised {
  const value = input.trim()
  // A path the URL parser keeps on this site ("/\\evil.example" would leave it).
  const path = sitePath(value)
  if (path) return { ok: true, value: path }
  try {
    if (new URL(value).protocol === 'https:') return { ok: true, value }
  } catch {
    // Falls through to the message.
  }
  return {
    ok: false,
    reason: {
      vi: `đích “${value}” phải là đường dẫn của cổng (/thu-tuc-hanh-chinh/…) hoặc địa chỉ https://`,
      en: `the target “${value}” must be a path of this site or an https:// address`,
    },
  }
}

/**
 * The key a target would be matched by, when it leads to this site: a path, or a full address on this
 * site's own host (SITE_URL, http or https), which the next request asks for as its path.
 */
export const targetKey = (to: string, site = siteUrl()) => {
  if (to.startsWith('/')) {
    const url = new URL(to, 'http://site.invalid')
    return redirectKey(url.pathname, url.search)
  }
  try {
    const url = new URL(to)
    if (/^https?:$/.test(url.protocol) && url.host.toLowerCase() === new URL(site).host.toLowerCase()) {
      return redirectKey(url.pathname, url.search)
    }
  } catch {
    // Not an address: it leads nowhere here.
  }
  return null
}

/**
 * Why a rule cannot be saved beside the others: it points to itself, or following the rules from its
 * target comes back to it (a loop the browser would give up on).
 */
export function loopProblem(rule: { from: string; to: string }, others: Map<string, string>, site = siteUrl()): Message | null {
  const seen = [rule.from]
  let next = targetKey(rule.to, site)
  while (next) {
    if (next === rule.from || (seen.includes(next) && next !== rule.from)) {
      return next === rule.from && seen.length === 1
        ? { vi: 'đường dẫn mới trùng đường dẫn cũ', en: 'the new address is the old one' }
        : { vi: `vòng lặp: ${[...seen, next].join(' → ')}`, en: `a loop: ${[...seen, next].join(' → ')}` }
    }
    seen.push(next)
    const to = others.get(next) ?? others.get(next.split('?')[0])
    next = to ? targetKey(to, site) : null
  }
  return null
}

/** The rule for a request: its exact path and query first, then its path whatever the query. */
export function findRedirect(rules: Map<string, RedirectRule>, pathname: string, search: string): RedirectRule | null {
  const key = redirectKey(pathname, search)
  return rules.get(key) ?? (key.includes('?') ? (rules.get(key.split('?')[0]) ?? null) : null)
}
