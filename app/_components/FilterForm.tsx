import { getTranslations } from 'next-intl/server'

import type { FilterOption } from '@/lib/filters'

export type Filter = { name: string; label: string; options: FilterOption[]; value: string }

/**
 * Filters as a plain GET form: works without JavaScript, and every filtered list has its own URL to
 * share or bookmark.
 */
export async function FilterForm({ filters, action }: { filters: Filter[]; action: string }) {
  const t = await getTranslations('filters')
  const active = filters.some((filter) => filter.value)
  return (
    <form method="get" action={action} className="mt-6 rounded bg-slate-50 p-4" aria-label={t('label')}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {filters.map((filter) => (
          <label key={filter.name} className="block">
            <span className="mb-1 block font-semibold">{filter.label}</span>
            <select name={filter.name} defaultValue={filter.value} className="w-full rounded border border-slate-500 bg-white p-2">
              <option value="">{t('all')}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t('apply')}
        </button>
        {active ? <a href={action}>{t('clear')}</a> : null}
      </p>
    </form>
  )
}
