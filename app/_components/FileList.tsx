import { getTranslations } from 'next-intl/server'

import { populated } from '@/lib/queries/populated'
import type { Media } from '@/payload-types'

/** "PDF, 240 KB": what a person is about to download on a slow connection. */
export function fileFacts(file: Pick<Media, 'filename' | 'filesize'>) {
  const extension = file.filename?.split('.').pop()?.toUpperCase()
  const size = file.filesize ? `${Math.max(1, Math.round(file.filesize / 1024)).toLocaleString('vi-VN')} KB` : null
  return [extension, size].filter(Boolean).join(', ')
}

/** Download links for attached files (văn bản PDF, tệp đính kèm). */
export async function FileList({ files }: { files: (string | Media)[] | null | undefined }) {
  const t = await getTranslations('files')
  const list = (files ?? []).map(populated).filter((file): file is Media => Boolean(file?.url))
  if (list.length === 0) return null
  return (
    <ul className="space-y-2">
      {list.map((file) => (
        <li key={file.id}>
          <a href={file.url!} download>
            {t('download', { name: file.alt || file.filename || '' })}
          </a>{' '}
          <span className="text-sm text-slate-700">({fileFacts(file)})</span>
        </li>
      ))}
    </ul>
  )
}
