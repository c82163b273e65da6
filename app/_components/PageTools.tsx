import { getTranslations } from 'next-intl/server'

/**
 * Tools of an article page: how to print it or save it as a PDF (Decree 42/2022 Art. 7), through the
 * browser's own command, so the page needs no script; the print stylesheet leaves out the site's frame.
 */
export async function PageTools() {
  const t = await getTranslations('site')
  return <p className="no-print mt-10 text-sm text-slate-700">{t('print')}</p>
}
