import { errorPage } from '@/guards/errorPage'
import { bodyWithin, fromThisSite } from '@/guards/requestChecks'
import { DISPLAY_COOKIE, isDefaultDisplay, parseDisplay, safeReturnPath, serializeDisplay } from '@/lib/display'

const ONE_YEAR = 365 * 24 * 60 * 60

/** Saves the text size and contrast from the form of /hien-thi, then goes back to the page the reader came from. */
export async function POST(request: Request) {
  if (!bodyWithin(request.headers, 4 * 1024)) return errorPage('413')
  if (!fromThisSite(request.headers)) return errorPage('403')
  const form = await request.formData().catch(() => null)
  if (!form) return new Response('Bad request: expected a form', { status: 400 })
  const display = parseDisplay(form.get('size'), form.get('contrast'))
  const back = safeReturnPath(form.get('back'), '/')
  const cookie = isDefaultDisplay(display)
    ? `${DISPLAY_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${DISPLAY_COOKIE}=${serializeDisplay(display)}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`
  return new Response(null, { status: 303, headers: { Location: back, 'Set-Cookie': cookie } })
}
