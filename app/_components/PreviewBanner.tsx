import { getTranslations } from 'next-intl/server'
import { draftMode } from 'next/headers'

import { EXIT_PREVIEW_PATH } from '@/domain/paths'
import { siteUrl } from '@/domain/siteUrl'
import { RefreshOnSave } from './RefreshOnSave.client'

/** Tells an editor they are looking at drafts, and how to leave; refreshes on save in live preview. */
export async function PreviewBanner({ path }: { path: string }) {
  if (!(await draftMode()).isEnabled) return null
  const t = await getTranslations('preview')
  return (
    <div role="status" className="mb-6 border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
      <strong>{t('title')}</strong> {t('body')} <a href={`${EXIT_PREVIEW_PATH}?path=${encodeURIComponent(path)}`}>{t('exit')}</a>
      <RefreshOnSave adminOrigin={new URL(siteUrl()).origin} />
    </div>
  )
}
