import { PAGE_COMMENT_MAX } from '@/domain/pageFeedback'
import { HONEYPOT_FIELD } from '@/feedback/validate'
import { errorPage } from '@/guards/errorPage'
import { bodyWithin, fromThisSite } from '@/guards/requestChecks'
import { getPayloadClient } from '@/lib/queries/payload'
import { clientAddress, LIMITS, takeAttempt } from '@/guards/rateLimit'

/** The pages that ask "was this page useful?": procedures and online-service guides, in both languages. */
const RATED_PAGE = /^(?:\/en)?\/(?:thu-tuc-hanh-chinh|procedures|dich-vu-cong-truc-tuyen|online-services)\/[a-z0-9-]{1,200}$/

/** Stores a yes/no (and optional comment) for a page, then goes back to its thanks anchor. */
export async function POST(request: Request) {
  if (!bodyWithin(request.headers, 8 * 1024)) return errorPage('413')
  if (!fromThisSite(request.headers)) return errorPage('403')
  const form = await request.formData().catch(() => null)
  const value = (name: string) => (typeof form?.get(name) === 'string' ? String(form.get(name)).trim() : '')
  const [path, useful, comment, honeypot] = ['path', 'useful', 'comment', HONEYPOT_FIELD].map(value)
  if (!form || !RATED_PAGE.test(path) || (useful !== 'yes' && useful !== 'no') || comment.length > PAGE_COMMENT_MAX || honeypot) {
    return errorPage('400form')
  }
  const wait = takeAttempt(LIMITS.pageFeedback, clientAddress(request.headers))
  if (wait) return errorPage('429', Math.ceil(wait / 60), { 'Retry-After': String(wait) })
  const payload = await getPayloadClient()
  await payload.create({ collection: 'page-feedback', data: { path, useful, comment: comment || undefined }, overrideAccess: true })
  return new Response(null, { status: 303, headers: { Location: `${path}#useful-thanks` } })
}
