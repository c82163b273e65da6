import { Suspense, type ReactNode } from 'react'

import type { Locale } from '@/i18n/routing'
import { NotFoundContent } from './NotFoundContent'

/**
 * Server-rendered 404 for an unknown slug. A page's notFound() outside a Suspense boundary makes Next
 * answer with an empty `<html id="__next_error__">` document and draw the 404 only in the browser.
 * Inside one, the (ISR) prerender completes with status 404 and the HTML holds the fallback, in the site
 * layout. Pages that exist get no boundary. Used by the layouts of [slug] routes, with the page's own
 * (React-cached) lookup, so it costs no extra query.
 */
export function UnknownSlugBoundary({ found, locale, children }: { found: boolean; locale: Locale; children: ReactNode }) {
  if (found) return children
  return <Suspense fallback={<NotFoundContent locale={locale} />}>{children}</Suspense>
}
