import { getLocale, getTranslations } from 'next-intl/server'

import { MAX_QUERY_LENGTH } from '@/search/endpoint'
import { type Locale, localizedPath } from '@/i18n/routing'

/** A GET form to /tim-kiem: works without JavaScript. `compact` is the header's version. */
export async function SearchForm({ query = '', type, compact = false }: { query?: string; type?: string | null; compact?: boolean }) {
  const t = await getTranslations('search')
  const locale = (await getLocale()) as Locale
  const id = compact ? 'header-search' : 'page-search'
  return (
    <form
      role="search"
      aria-label={compact ? t('label') : t('title')}
      method="get"
      action={localizedPath('/tim-kiem', locale)}
      className={compact ? 'no-print flex w-full max-w-sm' : 'mt-4 flex max-w-2xl'}
    >
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('placeholder')}
        className={`min-w-0 flex-1 border-2 border-slate-900 bg-white px-3 text-slate-900 ${compact ? 'py-1.5' : 'py-2.5 text-lg'}`}
      />
      {type ? <input type="hidden" name="loai" value={type} /> : null}
      <button
        type="submit"
        className={`shrink-0 border-2 border-slate-900 bg-brand-dark px-4 font-semibold text-white ${compact ? '' : 'text-lg'}`}
      >
        {t('submit')}
      </button>
    </form>
  )
}
