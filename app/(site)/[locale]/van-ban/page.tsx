import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DOCUMENT_TYPES, EFFECT_STATUSES } from '../../../../collections/LegalDocuments/vocabulary'
import { issueYear } from '../../../../collections/LegalDocuments/numbers'
import { DocumentList } from '../../../_components/DocumentList'
import { FilterForm } from '../../../_components/FilterForm'
import { Breadcrumbs } from '../../../_components/Breadcrumbs'
import { PageOptions } from '../../../_components/PageOptions'
import { distinctOptions, param, type SearchParams } from '../../../../cms/filters'
import { pageLocale } from '../../../../cms/locale-params'
import { currentEffect, type LegalDocumentSummary, listLegalDocuments } from '../../../../cms/queries/legalDocuments'
import { alternates } from '../../../../cms/seo'
import { localizedPath } from '../../../../i18n/routing'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  return { title: t('title'), description: t('intro'), alternates: alternates('/van-ban', locale) }
}

const issuerId = (document: LegalDocumentSummary) =>
  typeof document.issuer === 'object' ? document.issuer.id : document.issuer

export default async function DocumentsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  const tf = await getTranslations('filters')
  const all = await listLegalDocuments(locale)
  const query = await searchParams
  const chosen = { type: param(query, 'type'), issuer: param(query, 'issuer'), year: param(query, 'year'), status: param(query, 'status') }
  const year = (document: LegalDocumentSummary) => (document.issuedAt ? String(issueYear(document.issuedAt)) : '')
  const documents = all.filter(
    (document) =>
      (!chosen.type || document.documentType === chosen.type) &&
      (!chosen.issuer || issuerId(document) === chosen.issuer) &&
      (!chosen.year || year(document) === chosen.year) &&
      (!chosen.status || currentEffect(document) === chosen.status),
  )
  const label = (options: typeof DOCUMENT_TYPES, value: string) => options.find((option) => option.value === value)?.label[locale] ?? value
  const filters = [
    {
      name: 'type',
      label: t('type'),
      value: chosen.type,
      options: distinctOptions(all, (document) => ({ value: document.documentType, label: label(DOCUMENT_TYPES, document.documentType) }), locale),
    },
    {
      name: 'issuer',
      label: t('issuer'),
      value: chosen.issuer,
      options: distinctOptions(all, (document) => ({ value: issuerId(document), label: document.issuerNameAtTime ?? '' }), locale),
    },
    {
      name: 'year',
      label: t('year'),
      value: chosen.year,
      options: distinctOptions(all, (document) => ({ value: year(document), label: year(document) }), locale).reverse(),
    },
    {
      name: 'status',
      label: t('status'),
      value: chosen.status,
      options: EFFECT_STATUSES.map((option) => ({ value: option.value, label: option.label[locale] })),
    },
  ]
  return (
    <>
      <PageOptions href="/van-ban" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <FilterForm filters={filters} action={localizedPath('/van-ban', locale)} />
      <p className="mb-6 mt-4 text-slate-700" role="status">
        {documents.length === all.length ? t('count', { count: all.length }) : tf('results', { count: documents.length })}
      </p>
      <DocumentList documents={documents} />
    </>
  )
}
