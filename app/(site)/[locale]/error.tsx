'use client'

import { useParams } from 'next/navigation'

import en from '@/messages/error/en.json'
import vi from '@/messages/error/vi.json'

/**
 * The 500 page of the site, in the page's language. Error boundaries must be client components, so
 * its few messages live in messages/error/ rather than in the whole message file.
 */
export default function ServerError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useParams().locale === 'en' ? en : vi
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-4 text-lg">{t.body}</p>
      <ul className="mt-6 space-y-2">
        <li>
          <button type="button" onClick={reset} className="underline underline-offset-2 text-brand">
            {t.retry}
          </button>
        </li>
        <li>
          <a href={t.homeHref}>{t.home}</a>
        </li>
        <li>
          <a href={t.contactHref}>{t.contact}</a>
        </li>
      </ul>
      {error.digest ? (
        <p className="mt-6 text-sm text-slate-700">
          {t.code}: {error.digest}
        </p>
      ) : null}
    </div>
  )
}
