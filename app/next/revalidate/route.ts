import { revalidateTag } from 'next/cache'

import { REVALIDATE_SECRET_HEADER, revalidateSecret } from '@/cms/revalidation'
import { sameSecret } from '@/guards/requestChecks'
import { getPayloadClient } from '@/lib/queries/payload'

/** Expires cache tags on behalf of code that runs outside a request (scheduled publishing). */
export async function POST(request: Request) {
  const payload = await getPayloadClient()
  const given = request.headers.get(REVALIDATE_SECRET_HEADER) ?? ''
  if (!sameSecret(given, revalidateSecret(payload.secret))) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : []
  if (tags.length === 0) return Response.json({ error: 'Send {"tags": ["…"]}.' }, { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
