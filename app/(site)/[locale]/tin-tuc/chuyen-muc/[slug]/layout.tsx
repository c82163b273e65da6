import { slugBoundaryLayout } from '../../../../../_components/slugRoute'
import { listNewsCategories } from '../../../../../../cms/queries/news'
import type { Locale } from '../../../../../../i18n/routing'

const categoryExists = async (slug: string, locale: Locale) =>
  (await listNewsCategories(locale)).some((category) => category.slug === slug)

export default slugBoundaryLayout(categoryExists)
