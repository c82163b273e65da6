import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { FilterForm } from '@/app/_components/FilterForm'
import { ListStatus } from '@/app/_components/ListStatus'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { Pagination } from '@/app/_components/Pagination'
import { ProcedureList } from '@/app/_components/ProcedureList'
import { allOffered, type FilterOption, noResults, pageParam, param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import {
  getProcedureFilterOptions,
  getProcedurePage,
  ONLINE_FILTER_VALUES,
  PROCEDURES_PAGE_SIZE,
  procedureFilterValues,
} from '@/lib/queries/procedures'
import { alternates } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('procedures')
  return { title: t('title'), description: t('intro'), alternates: alternates('/thu-tuc-hanh-chinh', locale) }
}

/** Published procedures a page at a time, by code, filtered by field, level, online service and agency. */
export default async function ProceduresPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('procedures')
  const query = await searchParams
  const chosen = {
    field: param(query, 'field'),
    level: param(query, 'level'),
    online: param(query, 'online'),
    agency: param(query, 'agency'),
  }
  const filtered = Object.values(chosen).some(Boolean)
  const options = await getProcedureFilterOptions(locale)
  const result = allOffered(chosen, procedureFilterValues(options))
    ? await readPage((page) => getProcedurePage(locale, chosen, page), pageParam(query))
    : noResults<never>()
  const { items, page, totalPages, total } = result
  const sorted = (list: FilterOption[]) => list.sort((a, b) => a.label.localeCompare(b.label, locale))
  const filters = [
    {
      name: 'field',
      label: t('field'),
      value: chosen.field,
      options: sorted(options.fields.map((field) => ({ value: field, label: field }))),
    },
    {
      name: 'level',
      label: t('levels'),
      value: chosen.level,
      options: sorted(options.levels.map((level) => ({ value: level, label: t(`level.${level}` as 'level.province') }))),
    },
    {
      name: 'online',
      label: t('onlineKind'),
      value: chosen.online,
      options: ONLINE_FILTER_VALUES.map((level) => ({ value: level, label: t(`online.${level}`) })),
    },
    {
      name: 'agency',
      label: t('agency'),
      value: chosen.agency,
      options: sorted(options.agencies.map(({ id, name }) => ({ value: id, label: name }))),
    },
  ]
  const action = localizedPath('/thu-tuc-hanh-chinh', locale)
  const filterQuery = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value))
  toLastPageIfPast(result, action, filterQuery)
  return (
    <>
      <PageOptions href="/thu-tuc-hanh-chinh" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <FilterForm filters={filters} action={action} />
      <ListStatus namespace="procedures" list={result} pageSize={PROCEDURES_PAGE_SIZE} filtered={filtered} />
      {items.some((procedure) => procedure.nameFallback) ? <FallbackNotice /> : null}
      {total === 0 && !filtered ? <p className="mt-6">{t('empty')}</p> : null}
      {items.length ? <ProcedureList procedures={items} showField /> : null}
      <Pagination page={page} totalPages={totalPages} basePath={action} query={filterQuery} />
    </>
  )
}
