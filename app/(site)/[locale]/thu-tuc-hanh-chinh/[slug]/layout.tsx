import { Suspense, type ReactNode } from 'react'

import { NotFoundContent } from '../../../../_components/NotFoundContent'
import { pageLocale } from '../../../../../cms/locale-params'
import { getProcedureBySlug } from '../../../../../cms/queries/procedures'

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> }

/**
 * Server-rendered 404 for an unknown slug. A page's notFound() outside a Suspense boundary makes Next
 * answer with an empty `<html id="__next_error__">` document and draw the 404 only in the browser.
 * Inside one, the (ISR) prerender completes with status 404 and the HTML holds the fallback, in the site
 * layout. Existing procedures get no boundary. The lookup is the page's own (React cache: no extra
 * query) and runs only when the page is generated or revalidated, not on each request.
 */
export default async function ProcedureLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  if (await getProcedureBySlug(slug, locale)) return children
  return <Suspense fallback={<NotFoundContent locale={locale} />}>{children}</Suspense>
}
