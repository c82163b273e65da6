import { notFound } from 'next/navigation'

import { pageLocale } from '../../../../cms/locale-params'

/** Any unknown path under a locale renders that locale's 404 page. */
export default async function CatchAll({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  notFound()
}
