import { createHash } from 'node:crypto'

import { cookies } from 'next/headers'

import { DISPLAY_COOKIE, displayCss, parseDisplay } from '@/lib/display'

/** The reader's text size and contrast as CSS. Revalidated on every page view (a 304 when unchanged). */
export async function GET(request: Request) {
  const css = displayCss(parseDisplay((await cookies()).get(DISPLAY_COOKIE)?.value))
  const etag = `"${createHash('sha1').update(css).digest('base64url').slice(0, 16)}"`
  const headers = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Cookie' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(css, { headers: { ...headers, 'Content-Type': 'text/css; charset=utf-8' } })
}
