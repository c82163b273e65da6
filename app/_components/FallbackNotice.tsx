import { getTranslations } from 'next-intl/server'

/** Says that part of an English page is shown in Vietnamese (content fell back to the default locale). */
export async function FallbackNotice() {
  const t = await getTranslations('site')
  return (
    <p role="note" className="my-4 border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm">
      {t('fallbackNotice')}
    </p>
  )
}
