import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { CONTRASTS, DISPLAY_COOKIE, parseDisplay, safeReturnPath, TEXT_SIZES } from '@/lib/display'
import { param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { alternates } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('display')
  return { title: t('title'), description: t('intro'), alternates: alternates('/hien-thi', locale), robots: { index: false } }
}

/** Text size and contrast: a plain form, saved in a cookie by /next/display, then back to the page the reader was on. */
export default async function DisplayPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('display')
  const current = parseDisplay((await cookies()).get(DISPLAY_COOKIE)?.value)
  const back = safeReturnPath(param(await searchParams, 'tu'), localizedPath('/', locale))
  const choice = (name: string, value: string, checked: boolean) => (
    <label key={value} className="flex items-center gap-3 py-1">
      <input type="radio" name={name} value={value} defaultChecked={checked} className="size-5" />
      <span>{t(`${name}.${value}`)}</span>
    </label>
  )
  return (
    <>
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <form method="post" action="/next/display" className="mt-6 max-w-xl space-y-6">
        <input type="hidden" name="back" value={back} />
        <fieldset>
          <legend className="text-xl font-bold">{t('size.legend')}</legend>
          {TEXT_SIZES.map((size) => choice('size', size, current.size === size))}
        </fieldset>
        <fieldset>
          <legend className="text-xl font-bold">{t('contrast.legend')}</legend>
          {CONTRASTS.map((contrast) => choice('contrast', contrast, current.contrast === contrast))}
        </fieldset>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t('save')}
        </button>
      </form>
      <p className="mt-8 max-w-2xl text-slate-700">{t('browserTip')}</p>
      <p className="mt-3">
        <a href={back}>{t('back')}</a>
      </p>
    </>
  )
}
