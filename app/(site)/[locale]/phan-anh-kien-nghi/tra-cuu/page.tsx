import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { pageLocale } from '@/lib/localeParams'
import { alternates } from '@/lib/seo'
import { TrackForm, type TrackFormText } from './TrackForm.client'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback.track')
  return { title: t('title'), alternates: alternates('/phan-anh-kien-nghi/tra-cuu', locale) }
}

const TEXT = [
  'code',
  'codeHint',
  'contact',
  'contactHint',
  'submit',
  'result',
  'subject',
  'status',
  'submitted',
  'answered',
  'answer',
] as const

/** Follow up a phản ánh: its status and the answer, for whoever has its code and contact. */
export default async function TrackPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback')
  const text = Object.fromEntries(TEXT.map((key) => [key, t(`track.${key}`)])) as TrackFormText
  return (
    <>
      <Breadcrumbs trail={[{ label: t('title'), href: '/phan-anh-kien-nghi' }]} />
      <h1 className="text-3xl font-bold">{t('track.title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('track.intro')}</p>
      <TrackForm locale={locale} text={text} />
    </>
  )
}
