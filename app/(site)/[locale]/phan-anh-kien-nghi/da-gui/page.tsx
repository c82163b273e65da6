import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { normalizeTrackingCode } from '@/feedback/trackingCode'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params)
  const t = await getTranslations('feedback.sent')
  return { title: t('title'), robots: { index: false } }
}

/** After sending: the tracking code, large, and what happens next. */
export default async function FeedbackSentPage({ params, searchParams }: Props) {
  await pageLocale(params)
  const t = await getTranslations('feedback.sent')
  const given = param(await searchParams, 'ma')
  const code = normalizeTrackingCode(given)
  return (
    <div className="max-w-2xl">
      <div className="bg-brand p-6 text-white">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {code ? (
          <p className="mt-4 text-lg">
            {t('code')}
            <strong className="mt-1 block font-mono text-3xl tracking-wider">{code}</strong>
          </p>
        ) : null}
      </div>
      <p className="mt-6 text-lg">{t('keep')}</p>
      <p className="mt-3">{t('next')}</p>
      <p className="mt-6">
        <Link href="/phan-anh-kien-nghi/tra-cuu">{t('track')}</Link>
      </p>
    </div>
  )
}
