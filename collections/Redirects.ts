import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'
import type { CollectionBeforeValidateHook, Field } from 'payload'
import { ValidationError } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { tags } from '@/cms/cacheTags'
import { revalidateEveryChange, revalidateOnDelete } from '@/cms/hooks/revalidate'
import { REDIRECT_TARGETS, type RedirectTo, resolveRedirects } from '@/cms/redirectTargets'
import { label } from '@/domain/labels'
import { loopProblem, normaliseFrom, normaliseTo } from '@/domain/redirects'

/** What a change to a redirect expires: the proxy's table (app/next/redirects). */
export const REDIRECTS_TAG = tags.collection('redirects')

const refuse = (path: string, message: { vi: string; en: string }) =>
  new ValidationError({ collection: 'redirects', errors: [{ path, message: `${message.vi} / ${message.en}` }] })

/**
 * The old address is stored as the proxy matches it (no host, lower case, sorted query); a custom
 * target must be a path here or https://; and no rule may point to itself or close a loop.
 */
const checkRule: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as { from?: string; to?: RedirectTo }
  const from = normaliseFrom(merged.from ?? '')
  if (!from.ok) throw refuse('from', from.reason)
  if (merged.to?.type !== 'reference') {
    const to = normaliseTo(merged.to?.url ?? '')
    if (!to.ok) throw refuse('to.url', to.reason)
  }
  const [resolved] = await resolveRedirects([{ from: from.value, to: merged.to }], req.payload, req)
  const target = resolved?.to
  if (target) {
    const { docs } = await req.payload.find({
      collection: 'redirects',
      pagination: false,
      depth: 0,
      req,
      where: originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {},
    })
    const others = new Map(
      (await resolveRedirects(docs as never[], req.payload, req)).map(({ doc, to }) => [(doc as { from: string }).from, to]),
    )
    const loop = loopProblem({ from: from.value, to: target }, others)
    if (loop) throw refuse(merged.to?.type === 'reference' ? 'to.reference' : 'to.url', loop)
  }
  return { ...data, from: from.value }
}

const LABELS: Record<string, { vi: string; en: string }> = {
  from: label('Đường dẫn cũ', 'Old address'),
  type: label('Kiểu chuyển hướng', 'Redirect type'),
  reference: label('Trang trên cổng', 'Page on the portal'),
  url: label('Đường dẫn mới', 'New address'),
}

const relabel = (field: Field): Field => {
  if (!('name' in field)) return field
  const relabelled = { ...field, ...(LABELS[field.name] ? { label: LABELS[field.name] } : {}) } as Field
  if (field.name === 'from') {
    return {
      ...relabelled,
      admin: {
        description: label(
          'Đường dẫn hoặc địa chỉ đầy đủ trên cổng cũ, ví dụ http://cchc.example.gov.vn/Pages/tin-tuc.aspx?ItemID=12 hoặc /tin-tuc/ten-cu.',
          'A path or a full address of the old portal, e.g. http://cchc.example.gov.vn/Pages/news.aspx?ItemID=12 or /tin-tuc/old-name.',
        ),
      },
    } as Field
  }
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...relabelled,
      label: label('Chuyển đến', 'Redirect to'),
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === 'type' && sub.type === 'radio'
          ? {
              ...sub,
              label: label('Loại đích', 'Target'),
              options: [
                { label: label('Một trang trên cổng', 'A page of the portal'), value: 'reference' },
                { label: label('Đường dẫn tự nhập', 'An address'), value: 'custom' },
              ],
            }
          : relabel(sub),
      ),
    } as Field
  }
  if (field.name === 'type' && field.type === 'select') {
    return {
      ...relabelled,
      defaultValue: '301',
      options: [
        { label: label('301 – chuyển hẳn', '301 – moved permanently'), value: '301' },
        { label: label('302 – tạm thời', '302 – temporary'), value: '302' },
      ],
    } as Field
  }
  return relabelled
}

/**
 * Payload's redirects plugin: editors keep old links alive (old portal URLs printed on posters, slugs
 * that changed). The proxy applies them to every public path (guards/redirects.ts), reading the table
 * through app/next/redirects, which this collection's changes expire.
 */
export const redirectsPluginOptions: RedirectsPluginConfig = {
  collections: REDIRECT_TARGETS,
  redirectTypes: ['301', '302'],
  overrides: {
    labels: { singular: label('Chuyển hướng', 'Redirect'), plural: label('Chuyển hướng', 'Redirects') },
    access: {
      read: hasRole('admin', 'editor'),
      create: hasRole('admin', 'editor'),
      update: hasRole('admin', 'editor'),
      delete: hasRole('admin', 'editor'),
    },
    admin: { group: label('Hệ thống', 'System'), useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'] },
    hooks: {
      beforeValidate: [checkRule],
      afterChange: [revalidateEveryChange(() => [REDIRECTS_TAG])],
      afterDelete: [revalidateOnDelete(() => [REDIRECTS_TAG])],
    },
    fields: ({ defaultFields }) => defaultFields.map(relabel),
  },
}
