import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '../../../_components/FallbackNotice'
import { LanguageSwitch } from '../../../_components/LanguageSwitch'
import { ProcedureList } from '../../../_components/ProcedureList'
import { pageLocale } from '../../../../cms/locale-params'
import { listProcedures, type ProcedureSummary } from '../../../../cms/queries/procedures'
import { alternates } from '../../../../cms/seo'

type Props = { params: Promise<{ locale: string }> }

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

export default async function ProceduresPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('procedures')
  const procedures = await listProcedures(locale)
  return (
    <>
      <LanguageSwitch href="/thu-tuc-hanh-chinh" />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <p className="mt-2 text-slate-700">{t('count', { count: procedures.length })}</p>
      {procedures.some((procedure) => procedure.nameFallback) ? <FallbackNotice /> : null}
      {procedures.length === 0 ? <p className="mt-6">{t('empty')}</p> : null}
      {groupByField(procedures, locale).map(([field, items]) => (
        <section key={field} className="mt-8">
          <h2 className="mb-3 text-xl font-bold">{field}</h2>
          <ProcedureList procedures={items} />
        </section>
      ))}
    </>
  )
}
