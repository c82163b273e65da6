import { getTranslations } from 'next-intl/server'

/** Previous / next links with ?trang=N: plain links, so paging works without JavaScript. */
type Props = { page: number; totalPages: number; basePath: string; query?: Record<string, string> }

export async function Pagination({ page, totalPages, basePath, query = {} }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('news')
  const href = (target: number) => {
    const params = new URLSearchParams(query)
    if (target > 1) params.set('trang', String(target))
    const search = params.toString()
    return search ? `${basePath}?${search}` : basePath
  }
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {t('previous')}
        </a>
      ) : null}
      <span className="text-slate-700">{t('page', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {t('next')} →
        </a>
      ) : null}
    </nav>
  )
}
