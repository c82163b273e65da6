import type { Field, GlobalConfig } from 'payload'

import { hasRole } from '@/cms/access/hasRole'
import { tags } from '@/cms/cacheTags'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import { scheduleAlertOnSave } from '@/cms/jobs/alertSchedule'
import { expireTags } from '@/cms/revalidation'
import { isHttpsUrl } from '@/domain/httpsUrl'
import { sitePath } from '@/domain/sitePath'

/** A path of this site or an https address: never javascript:, never a protocol-relative //host. */
const menuUrl = (value: unknown) =>
  typeof value === 'string' && (sitePath(value) !== null || isHttpsUrl(value))
    ? true
    : 'Đường dẫn bắt đầu bằng / hoặc https:// / A path starting with / or an https:// address'

/** A list of links; a menu's addresses are per language (/bao-chi, /en/press), other portals' are not. */
const link = (name: string, vi: string, en: string, localizedUrl = false): Field => ({
  name,
  type: 'array',
  label: label(vi, en),
  fields: [
    { name: 'label', type: 'text', required: true, localized: true, label: label('Nhãn', 'Label') },
    {
      name: 'url',
      type: 'text',
      required: true,
      localized: localizedUrl,
      validate: menuUrl,
      label: label('Đường dẫn', 'URL'),
      admin: {
        description: label(
          'Đường dẫn trên cổng (/bao-chi) hoặc địa chỉ https://',
          'A path of the portal (/en/press) or an https:// address',
        ),
      },
    },
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
          label: label('Phản ánh, kiến nghị', 'Feedback'),
          fields: [
            {
              name: 'feedbackTimeLimit',
              type: 'number',
              // Not required: settings saved before it existed keep saving; empty means the default.
              min: 1,
              max: 90,
              defaultValue: 10,
              label: label('Thời hạn xử lý (ngày làm việc)', 'Time limit (working days)'),
              admin: {
                description: label(
                  'Hạn xử lý mỗi phản ánh tính từ ngày làm việc sau ngày tiếp nhận, bỏ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây. Thay đổi chỉ áp dụng cho phản ánh nhận sau đó.',
                  'Each item is due this many working days after the day it was received, skipping weekends and the days below. A change applies to items received afterwards.',
                ),
              },
            },
            {
              name: 'feedbackRetentionMonths',
              type: 'number',
              min: 1,
              max: 120,
              defaultValue: 24,
              label: label('Thời hạn lưu giữ dữ liệu cá nhân (tháng)', 'Personal data kept for (months)'),
              admin: {
                description: label(
                  'Sau thời hạn này kể từ khi phản ánh được trả lời hoặc kết thúc, hệ thống tự xóa họ tên, liên hệ và nội dung của người gửi (mỗi ngày lúc 2 giờ 30); câu hỏi công khai và câu trả lời được giữ. Khi đổi, sửa cả trang Chính sách bảo vệ dữ liệu cá nhân.',
                  'This long after an item is answered or closed, the sender’s name, contact details and words are removed (daily at 02:30); the public question and answer stay. When you change it, update the privacy policy page too.',
                ),
              },
            },
            {
              name: 'publicHolidays',
              type: 'array',
              label: label('Ngày nghỉ lễ, Tết và nghỉ bù', 'Public holidays and days off in lieu'),
              labels: { singular: label('Ngày nghỉ', 'Day off'), plural: label('Ngày nghỉ', 'Days off') },
              admin: {
                description: label(
                  'Mỗi năm, thêm các ngày nghỉ Tết Nguyên đán, Giỗ Tổ Hùng Vương và ngày nghỉ bù theo thông báo của Chính phủ.',
                  'Each year, add the Lunar New Year, Hùng Kings’ day and days in lieu as the Government announces them.',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'date',
                      type: 'date',
                      required: true,
                      label: label('Ngày', 'Date'),
                      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
                    },
                    { name: 'name', type: 'text', label: label('Tên ngày nghỉ', 'Holiday') },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('Liên kết, menu', 'Links and menus'),
          fields: [
            link('portalLinks', 'Liên kết cổng thông tin cơ quan nhà nước', 'Other state portals'),
            link('headerMenu', 'Menu đầu trang (sau các mục chính)', 'Header menu (after the main items)', true),
            link('footerMenu', 'Menu chân trang', 'Footer menu', true),
          ],
        },
      ],
    },
  ],
}
