import { getTranslations } from 'next-intl/server'

import { PrintButton } from './PrintButton.client'

/** Tools of an article page: print (and, through the browser's print dialog, save as PDF). */
export async function PageTools() {
  const t = await getTranslations('site')
  return (
    <p className="no-print mt-10">
      <PrintButton label={t('print')} />
    </p>
  )
}
