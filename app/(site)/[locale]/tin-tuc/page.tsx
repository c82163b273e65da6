import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { LanguageSwitch } from '../../../_components/LanguageSwitch'
import { NewsList } from '../../../_components/NewsList'
import { pageLocale } from '../../../../cms/locale-params'
import { listNews } from '../../../../cms/queries/news'
import { alternates } from '../../../../cms/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('news')
  return { title: t('title'), description: t('intro'), alternates: alternates('/tin-tuc', locale) }
}

export default async function NewsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('news')
  const items = await listNews(locale)
  return (
    <>
      <LanguageSwitch href="/tin-tuc" />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-3 max-w-2xl text-lg">{t('intro')}</p>
      {items.length ? <NewsList items={items} /> : <p>{t('empty')}</p>}
    </>
  )
}
