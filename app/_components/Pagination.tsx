import { getTranslations } from 'next-intl/server'

/** Previous / next links with ?trang=N: plain links, so paging works without JavaScript. */
export async function Pagination({ page, totalPages, basePath }: { page: number; totalPages: number; basePath: string }) {
  if (totalPages <= 1) return null
  const t = await getTranslations('news')
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?trang=${target}`)
  return (
    <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? <a href={href(page - 1)} rel="prev">← {t('previous')}</a> : null}
      <span className="text-slate-700">{t('page', { page, total: totalPages })}</span>
      {page < totalPages ? <a href={href(page + 1)} rel="next">{t('next')} →</a> : null}
    </nav>
  )
}
