import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isContentStaff } from '@/lib/staff'
import { sitePath } from '@/domain/sitePath'

/** Opens a page with its latest drafts, for signed-in content staff only (the admin's Preview button). */
export async function GET(request: Request) {
  const path = sitePath(new URL(request.url).searchParams.get('path'))
  if (!path) {
    return Response.json(
      { error: 'Cần một đường dẫn của trang này: ?path=/thu-tuc-hanh-chinh/… / Give a path of this site: ?path=/thu-tuc-hanh-chinh/…' },
      { status: 400 },
    )
  }
  if (!(await isContentStaff(request.headers))) {
    return Response.json({ error: 'Đăng nhập trang quản trị để xem bản nháp. / Sign in to the admin to preview drafts.' }, { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
