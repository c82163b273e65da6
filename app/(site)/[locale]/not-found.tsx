import { getLocale } from 'next-intl/server'

import { NotFoundContent } from '@/app/_components/NotFoundContent'
import type { Locale } from '@/i18n/routing'

/** 404 inside the site layout, for client-side navigations. */
export default async function NotFound() {
  return <NotFoundContent locale={(await getLocale()) as Locale} />
}
