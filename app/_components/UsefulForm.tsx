import { getTranslations } from 'next-intl/server'

import { PAGE_COMMENT_MAX } from '@/domain/pageFeedback'
import { Honeypot } from './Honeypot'

/**
 * "Was this page useful?": a plain form to /next/useful, which stores the answer and comes back to
 * #useful-thanks; CSS (:target) then shows the thanks in place of the form. No JavaScript.
 */
export async function UsefulForm({ path }: { path: string }) {
  const t = await getTranslations('useful')
  const tf = await getTranslations('feedback.form')
  return (
    <section aria-labelledby="useful-title" className="no-print mt-12 max-w-2xl border-t-2 border-slate-300 pt-6">
      <p id="useful-thanks" role="status" className="peer hidden font-semibold target:block">
        {t('thanks')}
      </p>
      <form method="post" action="/next/useful" className="peer-target:hidden">
        <h2 id="useful-title" className="text-xl font-bold">
          {t('title')}
        </h2>
        <input type="hidden" name="path" value={path} />
        <Honeypot id="useful-website" label={tf('honeypot')} />
        <label htmlFor="useful-comment" className="mt-3 block">
          {t('comment')}
        </label>
        <p id="useful-comment-hint" className="text-sm text-slate-700">
          {t('commentHint')}
        </p>
        <textarea
          id="useful-comment"
          name="comment"
          rows={2}
          maxLength={PAGE_COMMENT_MAX}
          aria-describedby="useful-comment-hint"
          className="mt-1 block w-full border-2 border-slate-900 px-3 py-2"
        />
        <div className="mt-3 flex gap-4">
          <button type="submit" name="useful" value="yes" className="rounded border-2 border-brand px-6 py-2 font-semibold text-brand">
            {t('yes')}
          </button>
          <button type="submit" name="useful" value="no" className="rounded border-2 border-brand px-6 py-2 font-semibold text-brand">
            {t('no')}
          </button>
        </div>
      </form>
    </section>
  )
}
