import { PAGE_COMMENT_MAX } from '@/domain/pageFeedback'
import { HONEYPOT_FIELD } from '@/feedback/validate'
import { errorPage } from '@/guards/errorPage'
import { pagePathMatcher, POST_RULES, refusePost } from '@/guards/posts'
import { getPayloadClient } from '@/lib/queries/payload'

/** The pages that ask "was this page useful?": procedures and online-service guides, in both languages. */
const isRatedPage = pagePathMatcher(['/thu-tuc-hanh-chinh/[slug]', '/dich-vu-cong-truc-tuyen/[slug]'])

/** Stores a yes/no (and optional comment) for a page, then goes back to its thanks anchor. */
export async function POST(request: Request) {
  const refused = await refusePost(request.headers, { ...POST_RULES.useful, limit: undefined })
  if (refused) return refused
  const form = await request.formData().catch(() => null)
  const value = (name: string) => (typeof form?.get(name) === 'string' ? String(form.get(name)).trim() : '')
  const [path, useful, comment, honeypot] = ['path', 'useful', 'comment', HONEYPOT_FIELD].map(value)
  if (!form || !isRatedPage(path) || (useful !== 'yes' && useful !== 'no') || comment.length > PAGE_COMMENT_MAX || honeypot) {
    return errorPage('400form')
  }
  // Counted only once the form is valid: a mistyped post does not use up the reader's attempts.
  const limited = await refusePost(request.headers, POST_RULES.useful)
  if (limited) return limited
  const payload = await getPayloadClient()
  await payload.create({ collection: 'page-feedback', data: { path, useful, comment: comment || undefined }, overrideAccess: true })
  return new Response(null, { status: 303, headers: { Location: `${path}#useful-thanks` } })
}
