import { slugBoundaryLayout } from '@/app/_components/slugRoute'
import { listNewsCategories } from '@/lib/queries/news'
import type { Locale } from '@/i18n/routing'

const categoryExists = async (slug: string, locale: Locale) => (await listNewsCategories(locale)).some((category) => category.slug === slug)

export default slugBoundaryLayout(categoryExists)
