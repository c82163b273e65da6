import { NextResponse } from 'next/server'

import { POST_RULES, refusePost } from '@/guards/posts'
import { DISPLAY_COOKIE, isDefaultDisplay, parseDisplay, safeReturnPath, serializeDisplay } from '@/lib/display'

const ONE_YEAR = 365 * 24 * 60 * 60

/** Saves the text size and contrast from the form of /hien-thi, then goes back to the page the reader came from. */
export async function POST(request: Request) {
  const refused = await refusePost(request.headers, POST_RULES.display)
  if (refused) return refused
  const form = await request.formData().catch(() => null)
  if (!form) return new Response('Bad request: expected a form', { status: 400 })
  const display = parseDisplay(form.get('size'), form.get('contrast'))
  const back = safeReturnPath(form.get('back'), '/')
  const response = new NextResponse(null, { status: 303, headers: { Location: back } })
  // The default needs no cookie: a reader who goes back to it is like one who never chose.
  if (isDefaultDisplay(display)) response.cookies.delete({ name: DISPLAY_COOKIE, path: '/' })
  else response.cookies.set(DISPLAY_COOKIE, serializeDisplay(display), { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' })
  return response
}
