import type { CollectionAfterChangeHook, CollectionConfig, PayloadHandler } from 'payload'
import { Forbidden, NotFound } from 'payload'

import { importsDir } from '@/scripts/data-paths.mjs'
import { editorsOnly } from '@/cms/access/hasRole'
import { AUDIT_RECORDED, recordAudit } from '@/cms/audit/record'
import { label } from '@/domain/labels'
import { IMPORT_QUEUE, IMPORT_TASK } from './task'

/** Excel and CSV, as browsers and Windows name them (Windows calls a CSV file "application/vnd.ms-excel"). */
const FILE_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
]

/** An upload is checked at once (a dry run): the editor reads the report before anything is written. */
const checkOnUpload: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  // Written by the server only (the fields are closed to the API): who asked, and that it waits.
  const queued = await req.payload.update({
    collection: 'imports',
    id: doc.id,
    data: { status: 'queued', requestedBy: req.user?.id },
    depth: 0,
    req,
  })
  await req.payload.jobs.queue({ task: IMPORT_TASK, queue: IMPORT_QUEUE, input: { importId: String(doc.id), apply: false }, req })
  return { ...doc, status: queued.status, requestedBy: queued.requestedBy }
}

/** Fields only the server writes: the API and the admin can read them, never set them. */
const serverOnly = { create: () => false, update: () => false }

/** POST /api/imports/:id/apply: applies a checked file, then the report says what was written. */
const apply: PayloadHandler = async (req) => {
  if (!editorsOnly({ req })) throw new Forbidden(req.t)
  const id = String(req.routeParams?.id ?? '')
  const doc = await req.payload.findByID({ collection: 'imports', id, depth: 0, req, disableErrors: true })
  if (!doc) throw new NotFound(req.t)
  if (doc.status !== 'checked') {
    return Response.json({ error: 'Chỉ áp dụng được tệp đã kiểm tra xong. / Only a checked file can be applied.' }, { status: 409 })
  }
  await recordAudit(req, { action: 'import', target: 'imports', documentId: id, title: doc.filename ?? null, detail: doc.kind ?? null })
  await req.payload.update({ collection: 'imports', id, data: { status: 'queued' }, depth: 0, req, context: { [AUDIT_RECORDED]: true } })
  // Run by the imports queue's runner within 3 s, one file at a time (never by a second runner beside it).
  await req.payload.jobs.queue({ task: IMPORT_TASK, queue: IMPORT_QUEUE, input: { importId: id, apply: true }, req })
  return Response.json({ queued: true }, { status: 202 })
}

const STATUSES = [
  { value: 'queued', label: label('Đang chờ', 'Queued') },
  { value: 'checking', label: label('Đang kiểm tra', 'Checking') },
  { value: 'checked', label: label('Đã kiểm tra (chưa ghi)', 'Checked (nothing written)') },
  { value: 'applying', label: label('Đang ghi', 'Applying') },
  { value: 'applied', label: label('Đã ghi', 'Applied') },
  { value: 'unreadable', label: label('Không đọc được tệp', 'Unreadable file') },
  { value: 'failed', label: label('Lỗi hệ thống', 'System error') },
]

/**
 * Bulk import in the admin: an editor uploads an .xlsx or .csv file of procedures, legal documents or
 * redirects; it is checked row by row at once (nothing written), and applied when they press Apply.
 * Files and reports are private to editors; the same import runs from the command line (imports/cli.ts).
 */
export const Imports: CollectionConfig<'imports'> = {
  slug: 'imports',
  labels: { singular: label('Lượt nhập dữ liệu', 'Import'), plural: label('Nhập dữ liệu hàng loạt', 'Bulk imports') },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: {
    group: label('Hệ thống', 'System'),
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'status', 'publish', 'createdAt'],
    description: label(
      'Tải lên tệp .xlsx hoặc .csv (cột như Cơ sở dữ liệu quốc gia về TTHC; tệp mẫu: docs/import/). Tệp được kiểm tra từng dòng trước, chưa ghi gì; xem báo cáo rồi bấm “Áp dụng”.',
      'Upload an .xlsx or .csv file (columns as the national TTHC database names them; samples in docs/import/). Each row is checked first and nothing is written; read the report, then press “Apply”.',
    ),
  },
  upload: { staticDir: importsDir(), mimeTypes: FILE_TYPES },
  hooks: { afterChange: [checkOnUpload] },
  endpoints: [{ path: '/:id/apply', method: 'post', handler: apply }],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'procedures',
      options: [
        { value: 'procedures', label: label('Thủ tục hành chính', 'Procedures') },
        { value: 'legal-documents', label: label('Văn bản', 'Legal documents') },
        { value: 'redirects', label: label('Chuyển hướng (đường dẫn cũ → mới)', 'Redirects (old → new address)') },
      ],
      label: label('Loại dữ liệu', 'What the file holds'),
      access: { update: () => false },
    },
    {
      name: 'publish',
      type: 'checkbox',
      label: label('Xuất bản ngay khi ghi', 'Publish when applied'),
      admin: {
        description: label('Bỏ trống: ghi thành bản nháp để biên tập viên duyệt.', 'Unchecked: written as drafts for an editor to review.'),
      },
      access: { update: () => false },
    },
    {
      name: 'report',
      type: 'json',
      admin: { components: { Field: '@/imports/admin/ImportReport#ImportReport' } },
      label: label('Báo cáo', 'Report'),
      access: serverOnly,
    },
    {
      name: 'status',
      access: serverOnly,
      type: 'select',
      options: STATUSES,
      index: true,
      label: label('Trạng thái', 'Status'),
      // A list column; the edit view shows it live in the report (ImportReport) rather than as it was when loaded.
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'progress',
      access: serverOnly,
      type: 'group',
      label: label('Tiến độ', 'Progress'),
      admin: { readOnly: true, condition: () => false },
      fields: [
        { name: 'done', type: 'number', label: label('Đã xử lý', 'Done') },
        { name: 'total', type: 'number', label: label('Tổng số dòng', 'Rows') },
      ],
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người nhập', 'Imported by'),
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'appliedAt',
      type: 'date',
      label: label('Ghi lúc', 'Applied at'),
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'failure',
      type: 'textarea',
      label: label('Lỗi', 'Error'),
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.failure) },
    },
  ],
}
