import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DOCUMENT_TYPES, EFFECT_STATUSES } from '@/domain/legalDocuments/vocabulary'
import { DocumentList } from '@/app/_components/DocumentList'
import { FilterForm } from '@/app/_components/FilterForm'
import { ListStatus } from '@/app/_components/ListStatus'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { Pagination } from '@/app/_components/Pagination'
import { allOffered, type FilterOption, noResults, pageParam, param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import {
  documentFilterValues,
  DOCUMENTS_PAGE_SIZE,
  getLegalDocumentFilterOptions,
  getLegalDocumentPage,
} from '@/lib/queries/legalDocuments'
import { alternates } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  return { title: t('title'), description: t('intro'), alternates: alternates('/van-ban', locale) }
}

export default async function DocumentsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  const query = await searchParams
  const chosen = { type: param(query, 'type'), issuer: param(query, 'issuer'), year: param(query, 'year'), status: param(query, 'status') }
  const filtered = Object.values(chosen).some(Boolean)
  const options = await getLegalDocumentFilterOptions(locale)
  const result = allOffered(chosen, documentFilterValues(options))
    ? await readPage((page) => getLegalDocumentPage(locale, chosen, page), pageParam(query))
    : noResults<never>()
  const { items, page, totalPages } = result
  const sorted = (list: FilterOption[]) => list.sort((a, b) => a.label.localeCompare(b.label, locale))
  const filters = [
    {
      name: 'type',
      label: t('type'),
      value: chosen.type,
      options: sorted(
        options.types.map((type) => ({
          value: type,
          label: DOCUMENT_TYPES.find((option) => option.value === type)?.label[locale] ?? type,
        })),
      ),
    },
    {
      name: 'issuer',
      label: t('issuer'),
      value: chosen.issuer,
      options: sorted(options.issuers.map(({ id, name }) => ({ value: id, label: name }))),
    },
    { name: 'year', label: t('year'), value: chosen.year, options: options.years.map((year) => ({ value: year, label: year })) },
    {
      name: 'status',
      label: t('status'),
      value: chosen.status,
      options: EFFECT_STATUSES.map((option) => ({ value: option.value, label: option.label[locale] })),
    },
  ]
  const action = localizedPath('/van-ban', locale)
  const filterQuery = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value))
  toLastPageIfPast(result, action, filterQuery)
  return (
    <>
      <PageOptions href="/van-ban" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <FilterForm filters={filters} action={action} />
      <ListStatus namespace="documents" list={result} pageSize={DOCUMENTS_PAGE_SIZE} filtered={filtered} />
      <DocumentList documents={items} />
      <Pagination page={page} totalPages={totalPages} basePath={action} query={filterQuery} />
    </>
  )
}
