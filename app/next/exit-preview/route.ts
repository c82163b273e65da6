import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sitePath } from '@/domain/sitePath'

/** Leaves preview: back to the published page. */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  ;(await draftMode()).disable()
  redirect(sitePath(path) ?? '/')
}
