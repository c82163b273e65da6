'use client'

import { useActionState } from 'react'

import { localizedPath, type Locale } from '@/i18n/routing'
import { type TrackFormState, trackFeedbackAction } from '../actions'

export type TrackFormText = Record<
  'code' | 'codeHint' | 'contact' | 'contactHint' | 'submit' | 'result' | 'subject' | 'status' | 'submitted' | 'answered' | 'answer',
  string
>

/** Code + phone or email → status and answer. Works without JavaScript (a React form action). */
export function TrackForm({ locale, text }: { locale: string; text: TrackFormText }) {
  const [state, action, pending] = useActionState<TrackFormState, FormData>(
    trackFeedbackAction,
    { values: {} },
    localizedPath('/phan-anh-kien-nghi/tra-cuu', locale as Locale),
  )
  const input = 'mt-1 block w-full max-w-sm border-2 border-slate-900 px-3 py-2'
  return (
    <>
      <form action={action} className="mt-6 max-w-2xl space-y-5">
        <input type="hidden" name="locale" value={locale} />
        {state.error ? (
          <p role="alert" className="border-4 border-accent p-4 font-semibold">
            {state.error}
          </p>
        ) : null}
        <div>
          <label htmlFor="track-code" className="block font-semibold">
            {text.code}
          </label>
          <p id="track-code-hint" className="text-slate-700">
            {text.codeHint}
          </p>
          <input
            id="track-code"
            name="code"
            defaultValue={state.values.code ?? ''}
            aria-describedby="track-code-hint"
            autoCapitalize="characters"
            maxLength={40}
            required
            className={`${input} font-mono uppercase`}
          />
        </div>
        <div>
          <label htmlFor="track-contact" className="block font-semibold">
            {text.contact}
          </label>
          <p id="track-contact-hint" className="text-slate-700">
            {text.contactHint}
          </p>
          <input
            id="track-contact"
            name="contact"
            defaultValue={state.values.contact ?? ''}
            aria-describedby="track-contact-hint"
            maxLength={254}
            required
            className={input}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-6 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {text.submit}
        </button>
      </form>
      {state.found ? (
        <section aria-labelledby="track-result" className="mt-8 max-w-2xl border-2 border-slate-300 p-4">
          <h2 id="track-result" className="text-xl font-bold">
            {text.result} {state.found.trackingCode}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{text.subject}</dt>
            <dd>{state.found.subject}</dd>
            <dt className="font-semibold">{text.status}</dt>
            <dd>{state.found.status}</dd>
            <dt className="font-semibold">{text.submitted}</dt>
            <dd>{state.found.submitted}</dd>
            {state.found.answered ? (
              <>
                <dt className="font-semibold">{text.answered}</dt>
                <dd>{state.found.answered}</dd>
              </>
            ) : null}
          </dl>
          {state.found.answer ? (
            <>
              <h3 className="mt-4 font-bold">{text.answer}</h3>
              <p className="mt-1 whitespace-pre-line">{state.found.answer}</p>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
