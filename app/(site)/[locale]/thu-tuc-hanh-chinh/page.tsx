import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { FilterForm } from '@/app/_components/FilterForm'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { ProcedureList } from '@/app/_components/ProcedureList'
import { distinctOptions, param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { listProcedures, type ProcedureSummary } from '@/lib/queries/procedures'
import { populated } from '@/lib/queries/populated'
import { alternates } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('procedures')
  return { title: t('title'), description: t('intro'), alternates: alternates('/thu-tuc-hanh-chinh', locale) }
}

function groupByField(procedures: ProcedureSummary[], locale: string) {
  const groups = new Map<string, ProcedureSummary[]>()
  for (const procedure of procedures) {
    const field = procedure.field ?? ''
    groups.set(field, [...(groups.get(field) ?? []), procedure])
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, locale))
}

export default async function ProceduresPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('procedures')
  const tf = await getTranslations('filters')
  const all = await listProcedures(locale)
  const query = await searchParams
  const chosen = {
    field: param(query, 'field'),
    level: param(query, 'level'),
    online: param(query, 'online'),
    agency: param(query, 'agency'),
  }
  const agencyOf = (procedure: ProcedureSummary) => populated(procedure.implementingAgency)
  const procedures = all.filter(
    (procedure) =>
      (!chosen.field || procedure.field === chosen.field) &&
      (!chosen.level || procedure.levels?.includes(chosen.level as never)) &&
      (!chosen.online || (procedure.onlineService?.level ?? 'none') === chosen.online) &&
      (!chosen.agency || agencyOf(procedure)?.id === chosen.agency),
  )
  const filters = [
    {
      name: 'field',
      label: t('field'),
      value: chosen.field,
      options: distinctOptions(all, (procedure) => (procedure.field ? { value: procedure.field, label: procedure.field } : null), locale),
    },
    {
      name: 'level',
      label: t('levels'),
      value: chosen.level,
      options: distinctOptions(
        all,
        (procedure) => (procedure.levels ?? []).map((level) => ({ value: level, label: t(`level.${level}`) })),
        locale,
      ),
    },
    {
      name: 'online',
      label: t('onlineKind'),
      value: chosen.online,
      options: (['full', 'partial', 'none'] as const).map((level) => ({ value: level, label: t(`online.${level}`) })),
    },
    {
      name: 'agency',
      label: t('agency'),
      value: chosen.agency,
      options: distinctOptions(
        all,
        (procedure) => {
          const agency = agencyOf(procedure)
          return agency ? { value: agency.id, label: agency.name ?? '' } : null
        },
        locale,
      ),
    },
  ]
  return (
    <>
      <PageOptions href="/thu-tuc-hanh-chinh" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <FilterForm filters={filters} action={localizedPath('/thu-tuc-hanh-chinh', locale)} />
      <p className="mt-4 text-slate-700" role="status">
        {procedures.length === all.length ? t('count', { count: all.length }) : tf('results', { count: procedures.length })}
      </p>
      {procedures.some((procedure) => procedure.nameFallback) ? <FallbackNotice /> : null}
      {all.length === 0 ? <p className="mt-6">{t('empty')}</p> : null}
      {groupByField(procedures, locale).map(([field, items]) => (
        <section key={field} className="mt-8">
          <h2 className="mb-3 text-xl font-bold">{field}</h2>
          <ProcedureList procedures={items} />
        </section>
      ))}
    </>
  )
}
