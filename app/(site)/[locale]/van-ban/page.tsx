import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DocumentList } from '../../../_components/DocumentList'
import { LanguageSwitch } from '../../../_components/LanguageSwitch'
import { pageLocale } from '../../../../cms/locale-params'
import { listLegalDocuments } from '../../../../cms/queries/legalDocuments'
import { alternates } from '../../../../cms/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  return { title: t('title'), description: t('intro'), alternates: alternates('/van-ban', locale) }
}

export default async function DocumentsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('documents')
  const documents = await listLegalDocuments(locale)
  return (
    <>
      <LanguageSwitch href="/van-ban" />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <p className="mb-6 mt-2 text-slate-700">{t('count', { count: documents.length })}</p>
      <DocumentList documents={documents} />
    </>
  )
}
