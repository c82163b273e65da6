import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { routing } from './i18n/routing'

const localizedSite = createMiddleware(routing)

/** Payload picks its admin language from this cookie, then Accept-Language; Vietnamese comes first here. */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

function vietnameseAdminByDefault(request: NextRequest) {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  // An editor can still choose English in their account settings, which overwrites this cookie.
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

function isMalformed(pathname: string) {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * A path with broken percent-encoding cannot be routed (Next fails to decode it, even after a rewrite):
 * answer 400 with a short bilingual page instead of a 500.
 */
function malformedAddress() {
  const html =
    '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>Địa chỉ không hợp lệ</title><h1>Địa chỉ không hợp lệ</h1>' +
    '<p>Đường dẫn có ký tự không đọc được. <a href="/">Về trang chủ</a></p>' +
    '<p lang="en">This address contains characters that cannot be read. <a href="/en">Go to the home page</a></p></html>'
  return new NextResponse(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } })
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/admin')) return vietnameseAdminByDefault(request)
  if (isMalformed(pathname)) return malformedAddress()
  return localizedSite(request)
}

export const config = {
  // The admin (for its language) and the public site; not the API, Next internals or files with a dot.
  matcher: ['/admin', '/admin/:path*', '/((?!api|admin|_next|next|.*\\..*).*)'],
}
