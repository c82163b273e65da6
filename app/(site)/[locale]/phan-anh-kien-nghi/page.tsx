import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { PageOptions } from '@/app/_components/PageOptions'
import { FEEDBACK_LIMITS } from '@/feedback/validate'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf, PRIVACY_SLUG } from '@/domain/paths'
import { getProcedureByCode } from '@/lib/queries/procedures'
import { getSiteSettings } from '@/lib/queries/site'
import { RETENTION_DEFAULT_MONTHS } from '@/domain/feedbackRetention'
import { param, type SearchParams } from '@/lib/filters'
import { isProcedureCode } from '@/domain/procedures/code'
import { pageMetadata } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { FeedbackForm, type FeedbackFormText } from './FeedbackForm.client'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/phan-anh-kien-nghi', locale })
}

const FORM_TEXT = [
  'errorSummary',
  'name',
  'contactLegend',
  'contactHint',
  'phone',
  'email',
  'subject',
  'message',
  'messageHint',
  'procedure',
  'procedureHint',
  'consent',
  'consentHint',
  'privacyLink',
  'submit',
  'optional',
  'honeypot',
] as const

/** Phản ánh, kiến nghị: the form, and where to follow it up (tracking, answered questions, hotlines). */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback')
  // From a procedure page ("?thu-tuc=1.001193"): the field starts with that procedure's code and name.
  const code = param(await searchParams, 'thu-tuc')
  const [from, settings] = await Promise.all([isProcedureCode(code) ? getProcedureByCode(code, locale) : null, getSiteSettings(locale)])
  const text = Object.fromEntries(FORM_TEXT.map((key) => [key, t(`form.${key}`)])) as FeedbackFormText
  return (
    <>
      <PageOptions href="/phan-anh-kien-nghi" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <ul className="mt-4 max-w-2xl list-disc space-y-1 pl-6">
        <li>
          <Link href="/phan-anh-kien-nghi/tra-cuu">{t('track.link')}</Link>
        </li>
        <li>
          <Link href="/phan-anh-kien-nghi/hoi-dap">{t('answers.link')}</Link>
        </li>
        <li>
          <Link href="/duong-day-nong">{t('otherChannels')}</Link>
        </li>
      </ul>
      <p className="mt-6 max-w-2xl border-l-4 border-brand bg-slate-100 p-4">
        {t('privacy', { months: settings.feedbackRetentionMonths ?? RETENTION_DEFAULT_MONTHS })}
      </p>
      <FeedbackForm
        locale={locale}
        text={text}
        privacyHref={localizedPath(hrefOf.pages(PRIVACY_SLUG), locale)}
        procedure={from ? `${from.code} – ${from.name}` : ''}
        limits={{ subject: FEEDBACK_LIMITS.subject, message: FEEDBACK_LIMITS.message, procedure: FEEDBACK_LIMITS.procedure }}
      />
    </>
  )
}
