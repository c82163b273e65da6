import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '@/cms/access/hasRole'
import { ROLES } from '@/cms/access/roles'
import { selfOrAdmin } from '@/cms/access/selfOrAdmin'
import { label } from '@/domain/labels'
import { noteSignIn } from '@/cms/signedInUser'
import { siteUrl } from '@/domain/siteUrl'
import { forgotPasswordAtOnce } from './auth/forgotPassword'
import { forgetFailedLogins, guardLogin } from './auth/loginGuard'
import { noFirstRegister } from './auth/noOpenRegistration'
import { passwordPolicy } from './auth/passwordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

const ROLE_LABELS: Record<(typeof ROLES)[number], { vi: string; en: string }> = {
  admin: label('Quản trị', 'Administrator'),
  editor: label('Biên tập viên', 'Editor'),
  contributor: label('Cộng tác viên', 'Contributor'),
  'feedback-officer': label('Cán bộ xử lý phản ánh', 'Feedback officer'),
}

/**
 * Staff accounts. There is no public sign-up: only administrators create users (the first one by
 * `npm run seed`). Sign-ins are throttled per client address, not locked per account, so that nobody
 * can lock a known account out; only administrators unlock.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  auth: {
    maxLoginAttempts: 0,
    // Sent only over HTTPS when the site is (SITE_URL): a session never travels in clear text.
    cookies: { secure: siteUrl().startsWith('https://'), sameSite: 'Lax' },
  },
  endpoints: [noFirstRegister, forgotPasswordAtOnce],
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    unlock: hasRole('admin'),
    create: hasRole('admin'),
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: hasRole('admin'),
  },
  hooks: {
    beforeOperation: [guardLogin, passwordPolicy],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgetFailedLogins, noteSignIn],
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: label('Hệ thống', 'System') },
  fields: [
    { name: 'name', type: 'text', label: label('Họ và tên', 'Full name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      label: label('Vai trò', 'Roles'),
      saveToJWT: true,
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
    },
  ],
}
