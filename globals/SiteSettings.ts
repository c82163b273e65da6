import type { Field, GlobalConfig } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { tags } from '@/cms/cacheTags'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import { scheduleAlertOnSave } from '@/cms/jobs/alertSchedule'
import { expireTags } from '@/cms/revalidation'

const link = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'array',
  label: label(vi, en),
  fields: [
    { name: 'label', type: 'text', required: true, localized: true, label: label('Nhãn', 'Label') },
    { name: 'url', type: 'text', required: true, label: label('Đường dẫn', 'URL') },
  ],
})

/**
 * The organisation shown by the site, its contacts and officials (in English too, Decree 42/2022 Art. 7),
 * the alert banner, links to other state portals and the menus: settings, not code.
 */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: label('Cài đặt cổng', 'Site settings'),
  access: { read: () => true, update: hasRole('admin', 'editor') },
  admin: { group: label('Hệ thống', 'System') },
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        if (!req.context.disableRevalidate) await expireTags(req.payload, [tags.siteSettings()], req)
        return doc
      },
      // The banner's start and end are times no save marks: jobs expire the pages then.
      scheduleAlertOnSave,
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          name: 'organisation',
          label: label('Cơ quan', 'Organisation'),
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: label('Tên cơ quan', 'Name') },
            { name: 'parentBody', type: 'text', localized: true, label: label('Cơ quan chủ quản', 'Part of') },
            { name: 'address', type: 'textarea', localized: true, label: label('Địa chỉ', 'Address') },
            {
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
                { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
              ],
            },
            { name: 'functions', type: 'richText', localized: true, label: label('Chức năng, nhiệm vụ', 'Functions and duties') },
            {
              name: 'officials',
              type: 'array',
              label: label('Lãnh đạo, đầu mối liên hệ', 'Officials and contacts'),
              fields: [
                { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
                { name: 'title', type: 'text', localized: true, label: label('Chức vụ', 'Position') },
                { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
                { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
              ],
            },
            {
              name: 'editorInChief',
              type: 'text',
              localized: true,
              label: label('Người chịu trách nhiệm nội dung', 'Responsible for content'),
            },
          ],
        },
        {
          name: 'alert',
          label: label('Thông báo khẩn', 'Alert banner'),
          fields: [
            { name: 'enabled', type: 'checkbox', label: label('Hiển thị', 'Show') },
            {
              name: 'tone',
              type: 'select',
              defaultValue: 'info',
              options: options(['info', 'Thông tin', 'Information'], ['warning', 'Cảnh báo', 'Warning'], ['urgent', 'Khẩn cấp', 'Urgent']),
              label: label('Mức độ', 'Tone'),
            },
            { name: 'message', type: 'textarea', localized: true, label: label('Nội dung', 'Message') },
            { name: 'url', type: 'text', label: label('Đường dẫn chi tiết', 'Link to details') },
            {
              type: 'row',
              fields: [
                { name: 'startsAt', type: 'date', label: label('Từ', 'From'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
                { name: 'endsAt', type: 'date', label: label('Đến', 'Until'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
              ],
            },
          ],
        },
        {
          label: label('Liên kết, menu', 'Links and menus'),
          fields: [
            link('portalLinks', 'Liên kết cổng thông tin cơ quan nhà nước', 'Other state portals'),
            link('headerMenu', 'Menu đầu trang', 'Header menu'),
            link('footerMenu', 'Menu chân trang', 'Footer menu'),
          ],
        },
      ],
    },
  ],
}
