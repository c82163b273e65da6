import { type Href, localizedPath, type Pathname, routing } from '@/i18n/routing'

import { errorPage } from './errorPage'
import { clientAddress, LIMITS, type Limit, retryAfter, takeAttempt } from './rateLimit'
import { bodyWithin, fromThisSite, jsonError } from './requestChecks'

/**
 * The checks every post to the site passes before anything reads its body, in one place for the
 * proxy, the route handlers and the JSON endpoints: a declared size within `maxBytes` (413), sent from
 * this site's own pages when `sameSite` (403), and within its rate limit (429 with Retry-After).
 * `count: 'take'` counts this post against the limit; 'peek' only refuses once it is reached (the
 * action behind counts, after validating).
 */
export type PostRule = { maxBytes: number; sameSite: boolean; limit?: Limit; count?: 'peek' | 'take' }

export const POST_RULES = {
  /** The feedback and tracking pages' React form actions (the proxy guards them; the action counts). */
  feedbackForm: { maxBytes: 64 * 1024, sameSite: true, limit: LIMITS.feedback, count: 'peek' },
  trackingForm: { maxBytes: 64 * 1024, sameSite: true, limit: LIMITS.tracking, count: 'peek' },
  /** Any other form post to a page: no action reads it, but it must not be large or cross-site. */
  otherForm: { maxBytes: 64 * 1024, sameSite: true },
  /** /next/display: text size and contrast. */
  display: { maxBytes: 4 * 1024, sameSite: true },
  /** /next/useful: "was this page useful?". */
  useful: { maxBytes: 8 * 1024, sameSite: true, limit: LIMITS.pageFeedback, count: 'take' },
  /** /api/feedback/submit and /track: JSON for other sites and apps too, so no origin check. */
  feedbackApi: { maxBytes: 64 * 1024, sameSite: false },
} satisfies Record<string, PostRule>

/** The pages whose forms post to themselves, in every language, with their rule. */
const FORM_PAGES: Record<string, PostRule> = Object.fromEntries(
  (
    [
      ['/phan-anh-kien-nghi', POST_RULES.feedbackForm],
      ['/phan-anh-kien-nghi/tra-cuu', POST_RULES.trackingForm],
    ] as const
  ).flatMap(([page, rule]) => routing.locales.map((locale) => [localizedPath(page, locale), rule])),
)

/** The rule for a form post to a page (the proxy's). */
export const formPageRule = (pathname: string): PostRule => FORM_PAGES[pathname] ?? POST_RULES.otherForm

export type Answer = 'page' | 'json'

export const refusal = (answer: Answer, status: '403' | '413' | '429' | '429search', detail: string, wait = 0) => {
  const headers: Record<string, string> = wait ? { 'Retry-After': String(wait) } : {}
  return answer === 'page' ? errorPage(status, Math.ceil(wait / 60), headers) : jsonError(Number(status), detail, headers)
}

/** Null when the post may go on; otherwise the refusal, as a bilingual page or as JSON in Payload's shape. */
export async function refusePost(headers: Headers, rule: PostRule, answer: Answer = 'page'): Promise<Response | null> {
  if (!bodyWithin(headers, rule.maxBytes))
    return refusal(answer, '413', `The body must have a Content-Length of at most ${rule.maxBytes} bytes`)
  if (rule.sameSite && !fromThisSite(headers)) return refusal(answer, '403', 'Posts come from this site’s own pages')
  if (!rule.limit) return null
  const address = clientAddress(headers)
  const wait = await (rule.count === 'take' ? takeAttempt(rule.limit, address) : retryAfter(rule.limit, address))
  return wait ? refusal(answer, '429', `Too many attempts; try again in ${wait} s`, wait) : null
}

/**
 * A matcher for the localized paths of page routes with one `[slug]` (e.g. '/thu-tuc-hanh-chinh/[slug]'),
 * derived from the routing table, so a route handler never spells a localized path by hand.
 */
export function pagePathMatcher(pathnames: Pathname[]): (path: string) => boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const sources = pathnames.flatMap((pathname) =>
    routing.locales.map((locale) => {
      const sample = localizedPath({ pathname, params: { slug: 'SLUG' } } as Href, locale)
      return escape(sample).replace('SLUG', '[a-z0-9-]{1,200}')
    }),
  )
  const pattern = new RegExp(`^(?:${sources.join('|')})$`)
  return (path) => pattern.test(path)
}
