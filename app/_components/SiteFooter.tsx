import { getTranslations } from 'next-intl/server'

export async function SiteFooter() {
  const t = await getTranslations('site')
  return (
    <footer className="mt-16 border-t-4 border-brand bg-slate-100">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-700">
        <p className="font-semibold">{t('name')}</p>
        <p className="mt-1">{t('footerNote')}</p>
        <p className="mt-1">
          <a href="https://dichvucong.gov.vn" rel="external">
            {t('nationalPortal')}
          </a>
        </p>
      </div>
    </footer>
  )
}
