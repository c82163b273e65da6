import type { CollectionConfig } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { auditExportEndpoint } from '@/cms/audit/csv'
import { AUDIT_LOG_SLUG } from '@/cms/audit/record'
import { AUDIT_ACTIONS } from '@/domain/auditActions'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'

const readOnly = { readOnly: true }

/**
 * The audit trail: one entry per staff action (cms/audit/hooks.ts): who, when, what, from which
 * address. Append-only: written by the server alone (the Local API with its access overridden), read
 * by administrators, never changed or deleted through the REST or GraphQL API or the admin. Exported as
 * CSV for an inspection (/api/audit-log/export.csv).
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: { singular: label('Nhật ký hệ thống', 'Audit entry'), plural: label('Nhật ký hệ thống', 'Audit trail') },
  access: {
    read: hasRole('admin'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: label('Hệ thống', 'System'),
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'action', 'account', 'target', 'title', 'address'],
    listSearchableFields: ['account', 'title', 'documentId'],
    description: label(
      'Ai làm gì, khi nào, từ địa chỉ nào: đăng nhập, tạo, sửa, đăng, gỡ, xóa, đổi vai trò… Không sửa, không xóa được. Xuất CSV: /api/audit-log/export.csv?from=2026-01-01&to=2026-12-31',
      'Who did what, when, from which address: sign-ins, changes, publishing, deletions, role changes… It cannot be changed or deleted. CSV export: /api/audit-log/export.csv?from=2026-01-01&to=2026-12-31',
    ),
  },
  defaultSort: '-createdAt',
  endpoints: [auditExportEndpoint],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: options(...AUDIT_ACTIONS.map(([value, vi, en]) => [value, vi, en] as [string, string, string])),
      label: label('Hành động', 'Action'),
      admin: readOnly,
    },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: label('Người dùng', 'User'), admin: readOnly },
    {
      name: 'account',
      type: 'text',
      index: true,
      label: label('Tài khoản', 'Account'),
      admin: {
        ...readOnly,
        description: label('Thư điện tử lúc thực hiện (cả khi đăng nhập sai).', 'The email at the time (a failed sign-in too).'),
      },
    },
    { name: 'target', type: 'text', index: true, label: label('Đối tượng', 'Collection'), admin: readOnly },
    { name: 'documentId', type: 'text', label: label('Mã bản ghi', 'Record id'), admin: readOnly },
    { name: 'title', type: 'text', label: label('Tiêu đề', 'Title'), admin: readOnly },
    { name: 'detail', type: 'text', label: label('Chi tiết', 'Detail'), admin: readOnly },
    { name: 'address', type: 'text', label: label('Địa chỉ IP', 'Address'), admin: readOnly },
  ],
}
