'use server'

import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { submitFeedback } from '@/feedback/submit'
import { HONEYPOT_FIELD } from '@/feedback/validate'
import { trackFeedback } from '@/feedback/track'
import { plainText } from '@/domain/plainText'
import { getPayloadClient } from '@/lib/queries/payload'
import { clientAddress } from '@/guards/rateLimit'
import { isLocale, localizedPath, routing } from '@/i18n/routing'
import { formatDate } from '@/i18n/format'

export type FeedbackFormState = {
  errors: Record<string, string>
  values: Record<string, string>
  retryAfterMinutes?: number
}

const localeOf = (form: FormData) => {
  const locale = form.get('locale')
  return isLocale(locale) ? locale : routing.defaultLocale
}

const textValues = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, typeof form.get(name) === 'string' ? String(form.get(name)).slice(0, 6000) : '']))

/** The feedback form's action: on success to the page with the tracking code; otherwise back with messages and what was typed. */
export async function sendFeedback(_previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const locale = localeOf(form)
  const values = textValues(form, ['name', 'phone', 'email', 'subject', 'message', 'procedure', 'consent', HONEYPOT_FIELD])
  const result = await submitFeedback(await getPayloadClient(), values, clientAddress(await headers()))
  // #main: the confirmation opens at its content (and replaces the form's #feedback-errors, which a
  // redirect without a fragment of its own would carry over).
  if (result.ok) redirect(`${localizedPath('/phan-anh-kien-nghi/da-gui', locale)}?ma=${result.trackingCode}#main`)
  const t = await getTranslations({ locale, namespace: 'feedback' })
  if ('retryAfter' in result) return { errors: { form: t('tooMany') }, values, retryAfterMinutes: Math.ceil(result.retryAfter / 60) }
  return { errors: Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, t(`errors.${code}`)])), values }
}

export type TrackFormState = {
  values: Record<string, string>
  error?: string
  found?: { trackingCode: string; subject: string; status: string; submitted: string; answered?: string; answer?: string }
}

/** The tracking form's action: the status and answer of one feedback, for its code and contact. */
export async function trackFeedbackAction(_previous: TrackFormState, form: FormData): Promise<TrackFormState> {
  const locale = localeOf(form)
  const values = textValues(form, ['code', 'contact'])
  const t = await getTranslations({ locale, namespace: 'feedback' })
  const result = await trackFeedback(await getPayloadClient(), values.code, values.contact, clientAddress(await headers()))
  if ('retryAfter' in result) return { values, error: t('tooMany') }
  if ('notFound' in result) return { values, error: t('track.notFound') }
  const { found } = result
  const date = (value: string) => formatDate(value, locale)
  return {
    values,
    found: {
      trackingCode: found.trackingCode ?? '',
      subject: found.subject,
      status: t(`status.${found.status}`),
      submitted: date(found.createdAt),
      answered: found.answeredAt ? date(found.answeredAt) : undefined,
      answer: found.answer ? plainText(found.answer) : undefined,
    },
  }
}
