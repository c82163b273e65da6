'use client'

import { useActionState } from 'react'

import { localizedPath, type Locale } from '@/i18n/routing'
import { Honeypot } from '@/app/_components/Honeypot'
import { sendFeedback } from './actions'

export type FeedbackFormText = Record<
  | 'errorSummary'
  | 'name'
  | 'contactLegend'
  | 'contactHint'
  | 'phone'
  | 'email'
  | 'subject'
  | 'message'
  | 'messageHint'
  | 'procedure'
  | 'procedureHint'
  | 'consent'
  | 'consentHint'
  | 'privacyLink'
  | 'submit'
  | 'optional'
  | 'honeypot',
  string
>

type Props = {
  locale: string
  text: FeedbackFormText
  privacyHref: string
  /** What the procedure field starts with: the procedure the reader came from, if any. */
  procedure: string
  limits: { subject: number; message: number; procedure: number }
}

/**
 * The feedback form. Its action runs on the server with or without JavaScript (React's form actions):
 * errors come back next to their fields and what was typed is kept.
 */
export function FeedbackForm({ locale, text, privacyHref, procedure, limits }: Props) {
  // The permalink is the form's action without JavaScript (React would otherwise write an invalid action="").
  const [state, action, pending] = useActionState(
    sendFeedback,
    { errors: {}, values: { procedure } },
    // The fragment brings the reader to the error summary when the server answers the post.
    `${localizedPath('/phan-anh-kien-nghi', locale as Locale)}#feedback-errors`,
  )
  const { errors, values } = state
  const errorList = Object.entries(errors)
  const field = (name: string) => ({
    id: `feedback-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [errors[name] ? `feedback-${name}-error` : '', `feedback-${name}-hint`].join(' ').trim() || undefined,
  })
  const error = (name: string) =>
    errors[name] ? (
      <p id={`feedback-${name}-error`} className="font-semibold text-accent">
        {errors[name]}
      </p>
    ) : null
  const input = 'mt-1 block w-full border-2 border-slate-900 px-3 py-2'
  return (
    <form action={action} noValidate className="mt-6 max-w-2xl space-y-6">
      {errorList.length ? (
        <div id="feedback-errors" role="alert" className="border-4 border-accent p-4" tabIndex={-1}>
          <h2 className="text-xl font-bold">{text.errorSummary}</h2>
          <ul className="mt-2 list-disc pl-6">
            {errorList.map(([name, message]) => (
              <li key={name}>
                <a href={`#feedback-${name === 'contact' ? 'phone' : name === 'form' ? 'name' : name}`} className="text-accent">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="feedback-name" className="block font-semibold">
          {text.name}
        </label>
        {error('name')}
        <input {...field('name')} autoComplete="name" maxLength={100} className={input} />
      </div>
      <fieldset aria-describedby="feedback-contact-hint">
        <legend className="font-semibold">{text.contactLegend}</legend>
        <p id="feedback-contact-hint" className="text-slate-700">
          {text.contactHint}
        </p>
        {error('contact')}
        <div className="mt-2">
          <label htmlFor="feedback-phone" className="block">
            {text.phone}
          </label>
          {error('phone')}
          <input {...field('phone')} type="tel" autoComplete="tel" inputMode="tel" maxLength={20} className={`${input} max-w-xs`} />
        </div>
        <div className="mt-3">
          <label htmlFor="feedback-email" className="block">
            {text.email}
          </label>
          {error('email')}
          <input {...field('email')} type="email" autoComplete="email" maxLength={254} className={input} />
        </div>
      </fieldset>
      <div>
        <label htmlFor="feedback-subject" className="block font-semibold">
          {text.subject}
        </label>
        {error('subject')}
        <input {...field('subject')} maxLength={limits.subject} className={input} />
      </div>
      <div>
        <label htmlFor="feedback-message" className="block font-semibold">
          {text.message}
        </label>
        <p id="feedback-message-hint" className="text-slate-700">
          {text.messageHint}
        </p>
        {error('message')}
        <textarea {...field('message')} rows={8} maxLength={limits.message} className={input} />
      </div>
      <div>
        <label htmlFor="feedback-procedure" className="block font-semibold">
          {text.procedure} <span className="font-normal">({text.optional})</span>
        </label>
        <p id="feedback-procedure-hint" className="text-slate-700">
          {text.procedureHint}
        </p>
        {error('procedure')}
        <input {...field('procedure')} maxLength={limits.procedure} className={input} />
      </div>
      <Honeypot id="feedback-website" label={text.honeypot} />
      <div>
        {error('consent')}
        <div className="flex items-start gap-3">
          <input
            id="feedback-consent"
            name="consent"
            type="checkbox"
            defaultChecked={values.consent === 'on'}
            aria-describedby="feedback-consent-hint"
            aria-invalid={errors.consent ? true : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <div>
            <label htmlFor="feedback-consent" className="font-semibold">
              {text.consent}
            </label>
            <p id="feedback-consent-hint" className="text-slate-700">
              {text.consentHint} <a href={privacyHref}>{text.privacyLink}</a>
            </p>
          </div>
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {text.submit}
      </button>
    </form>
  )
}
