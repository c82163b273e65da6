/**
 * What the audit trail records (cms/audit/, collections/AuditLog.ts): each staff action, with its label
 * in the admin's two languages. Order: as the filter lists them.
 */
export const AUDIT_ACTIONS = [
  ['sign-in', 'Đăng nhập', 'Signed in'],
  ['sign-in-failed', 'Đăng nhập sai', 'Failed sign-in'],
  ['sign-out', 'Đăng xuất', 'Signed out'],
  ['create', 'Tạo mới', 'Created'],
  ['update', 'Sửa', 'Changed'],
  ['publish', 'Đăng', 'Published'],
  ['unpublish', 'Gỡ đăng', 'Unpublished'],
  ['schedule', 'Hẹn giờ đăng hoặc gỡ', 'Scheduled'],
  ['delete', 'Xóa', 'Deleted'],
  ['restore', 'Khôi phục phiên bản', 'Restored a version'],
  ['account', 'Thay đổi tài khoản', 'Account changed'],
  ['roles', 'Đổi vai trò', 'Roles changed'],
  ['unlock', 'Mở khóa tài khoản', 'Account unlocked'],
  ['settings', 'Sửa cấu hình trang', 'Site settings changed'],
  ['assign', 'Giao xử lý phản ánh', 'Feedback assigned'],
  ['answer', 'Trả lời phản ánh', 'Feedback answered'],
  ['import', 'Ghi dữ liệu nhập hàng loạt', 'Bulk import applied'],
  ['export', 'Xuất dữ liệu', 'Exported'],
  ['erase', 'Xóa dữ liệu cá nhân theo yêu cầu', 'Personal data erased on request'],
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number][0]

/** What one save of a document with drafts did: published, unpublished, or changed. */
export function changeAction(previousStatus: unknown, status: unknown, created: boolean): AuditAction {
  if (status === 'published' && previousStatus !== 'published') return 'publish'
  if (previousStatus === 'published' && status === 'draft') return 'unpublish'
  return created ? 'create' : 'update'
}
