import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { errorPage } from './guards/errorPage'
import { formPageRule, refusePost } from './guards/posts'
import { redirectFor } from './guards/redirects'
import { OLD_PORTAL_EXTENSIONS } from './domain/redirects'
import { isSearch, refuseSearch } from './guards/searches'
import { staticListRoute } from './guards/staticLists'
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
 * Checks a form post before Next runs its action, so that an oversized body, a post from another
 * site or one over the rate limit gets a readable 4xx page (Next would answer 500 to the first two).
 * Posts sent by JavaScript (Next-Action header) are rate-limited inside the action instead, which can
 * answer them with a message in the form.
 */
function guardFormPost(request: NextRequest, pathname: string): Promise<Response | null> {
  const rule = formPageRule(pathname)
  return refusePost(request.headers, request.headers.has('next-action') ? { ...rule, limit: undefined } : rule)
}

/** Old-portal pages and files (images, archives, slides, text…): these addresses with a dot only pass here to be redirected. */
const OLD_PORTAL_FILE = new RegExp(`\\.(?:${OLD_PORTAL_EXTENSIONS.join('|')})$`, 'i')

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/admin')) return vietnameseAdminByDefault(request)
  if (isMalformed(pathname)) return errorPage('400')
  if (request.method === 'GET' || request.method === 'HEAD') {
    const redirect = await redirectFor(request.nextUrl)
    if (redirect) return redirect
    if (OLD_PORTAL_FILE.test(pathname)) return NextResponse.next()
    if (isSearch(request.nextUrl)) {
      const refused = await refuseSearch(request.headers, 'page')
      if (refused) return refused
    }
  }
  if (request.method === 'POST') {
    const refused = await guardFormPost(request, pathname)
    if (refused) return refused
  }
  return (await staticListRoute(request)) ?? localizedSite(request)
}

export const config = {
  // The admin (for its language) and the public site; not the API (uploads), Next internals (built
  // assets, images) or other files with a dot, except the old portal's pages and files (for their
  // redirects): the extensions of OLD_PORTAL_EXTENSIONS in lower and upper case (Next matches case-sensitively;
  // a literal here, as Next requires; tests/unit/redirects.spec.ts compares the two).
  matcher: [
    '/admin',
    '/admin/:path*',
    '/((?!api|admin|_next|next|.*\\..*).*)',
    '/((?!api/|admin/|_next/|next/).*\\.(?:aspx?|ASPX?|php|PHP|html?|HTML?|jsp|JSP|cfm|CFM|do|DO|pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|pptx?|PPTX?|txt|TXT|rtf|RTF|odt|ODT|ods|ODS|odp|ODP|jpe?g|JPE?G|png|PNG|gif|GIF|bmp|BMP|tiff?|TIFF?|zip|ZIP|rar|RAR|7z|7Z|mp3|MP3|mp4|MP4|wmv|WMV|avi|AVI|flv|FLV|swf|SWF))',
  ],
}
